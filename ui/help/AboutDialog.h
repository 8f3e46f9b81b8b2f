#pragma once
// Help → About: the console's version, the server it is connected to (address and version)
// and the Qt it runs on, selectable so support can be told exactly.

#include <QDialog>
#include <QUrl>

class QLabel;

namespace wedsync {

class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);

    void setServer(const QUrl &url, const QString &version);
    QString versionsText() const;

private:
    void refresh();

    QLabel *m_text;
    QUrl m_serverUrl;
    QString m_serverVersion;
};

} // namespace wedsync
