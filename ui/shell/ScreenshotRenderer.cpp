#include "shell/ScreenshotRenderer.h"

#include <QApplication>
#include <QDir>
#include <QImage>
#include <QPainter>
#include <QPixmap>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace wedsync {

namespace {
// Lets layouts, timers of zero and pending paints settle before grabbing.
void settle()
{
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
}
} // namespace

ScreenshotRenderer::ScreenshotRenderer(const QString &folder, QSize size)
    : m_folder(folder)
    , m_size(size)
{ }

bool ScreenshotRenderer::renderWindow(QWidget *window, const QString &name)
{
    window->resize(m_size);
    if (!window->isVisible())
        window->show();
    settle();
    return save(window->grab().toImage(), name);
}

bool ScreenshotRenderer::renderDialog(QWidget *backdrop, QWidget *dialog, const QString &name)
{
    QImage canvas(m_size, QImage::Format_ARGB32_Premultiplied);
    canvas.fill(dialog->palette().color(QPalette::Window));
    QPainter painter(&canvas);
    if (backdrop) {
        backdrop->resize(m_size);
        if (!backdrop->isVisible())
            backdrop->show();
        settle();
        painter.drawImage(0, 0, backdrop->grab().toImage());
        painter.fillRect(canvas.rect(), QColor(0, 0, 0, 110));
    }
    dialog->adjustSize();
    if (!dialog->isVisible())
        dialog->show();
    settle();
    const QImage shot = dialog->grab().toImage();
    // The offscreen platform draws no window decoration: a plain title bar stands in for it.
    const int titleHeight = 30;
    const QSize frameSize(shot.width(), shot.height() + titleHeight);
    const QPoint at((m_size.width() - frameSize.width()) / 2,
                    (m_size.height() - frameSize.height()) / 2);
    const QRect frame(at, frameSize);
    const QPalette palette = dialog->palette();
    painter.fillRect(frame.translated(5, 7), QColor(0, 0, 0, 70));
    painter.fillRect(QRect(at, QSize(frameSize.width(), titleHeight)),
                     palette.color(QPalette::Window).darker(112));
    QFont titleFont = dialog->font();
    titleFont.setBold(true);
    painter.setFont(titleFont);
    painter.setPen(palette.color(QPalette::WindowText));
    painter.drawText(QRect(at, QSize(frameSize.width(), titleHeight)), Qt::AlignCenter,
                     dialog->windowTitle());
    painter.drawImage(at + QPoint(0, titleHeight), shot);
    painter.setPen(palette.color(QPalette::Mid));
    painter.drawRect(frame.adjusted(0, 0, -1, -1));
    painter.end();
    return save(canvas, name);
}

bool ScreenshotRenderer::save(const QImage &image, const QString &name)
{
    if (!QDir().mkpath(m_folder)) {
        m_error
            = QApplication::translate("wedsync::ScreenshotRenderer", "Cannot create the folder %1.")
                  .arg(m_folder);
        return false;
    }
    const QString path = QDir(m_folder).filePath(name + u".png"_s);
    if (!image.save(path, "PNG")) {
        m_error
            = QApplication::translate("wedsync::ScreenshotRenderer", "Cannot write %1.").arg(path);
        return false;
    }
    m_written.append(path);
    return true;
}

} // namespace wedsync
