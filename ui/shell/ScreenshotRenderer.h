#pragma once
// Renders windows and dialogs to PNG files at a fixed size (1440×900 by default), for the
// documentation and --screenshots. Dialogs are drawn centred over a dimmed backdrop window,
// the way a user sees them.

#include <QSize>
#include <QString>
#include <QStringList>

class QImage;
class QWidget;

namespace wedsync {

class ScreenshotRenderer
{
public:
    explicit ScreenshotRenderer(const QString &folder, QSize size = QSize(1440, 900));

    // Resizes `window` to the screenshot size and saves it as <folder>/<name>.png.
    bool renderWindow(QWidget *window, const QString &name);
    // `dialog` at its natural size over `backdrop` (may be null: a plain window background).
    bool renderDialog(QWidget *backdrop, QWidget *dialog, const QString &name);

    QString errorString() const { return m_error; }
    QStringList written() const { return m_written; }

private:
    bool save(const QImage &image, const QString &name);

    QString m_folder;
    QSize m_size;
    QString m_error;
    QStringList m_written;
};

} // namespace wedsync
