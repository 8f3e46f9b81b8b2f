#pragma once
// Help → User Guide: docs/user-guide.md (built into the console with its screenshots), shown in
// a browser window that works offline and follows the theme.

#include <QDialog>

class QTextBrowser;

namespace wedsync {

class UserGuideDialog : public QDialog
{
    Q_OBJECT
public:
    explicit UserGuideDialog(QWidget *parent = nullptr);

    QTextBrowser *browser() const { return m_browser; }

private:
    static constexpr int PictureWidth = 560; // fits the smallest window

    void fitPictures();

    QTextBrowser *m_browser;
};

} // namespace wedsync
