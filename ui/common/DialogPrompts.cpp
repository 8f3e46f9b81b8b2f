#include "common/DialogPrompts.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>

namespace wedsync {

QString DialogPrompts::folder() const
{
    // Documents at first, then wherever the user last saved or opened a file.
    if (!m_lastFolder.isEmpty() && QDir(m_lastFolder).exists())
        return m_lastFolder;
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

QString DialogPrompts::remember(const QString &path)
{
    if (!path.isEmpty())
        m_lastFolder = QFileInfo(path).absolutePath();
    return path;
}

QString DialogPrompts::saveFileName(QWidget *parent, const QString &title,
                                    const QString &suggestedName, const QString &filter)
{
    return remember(QFileDialog::getSaveFileName(parent, title,
                                                 QDir(folder()).filePath(suggestedName), filter));
}

QString DialogPrompts::openFileName(QWidget *parent, const QString &title, const QString &filter)
{
    return remember(QFileDialog::getOpenFileName(parent, title, folder(), filter));
}

bool DialogPrompts::confirm(QWidget *parent, const QString &title, const QString &text,
                            const QString &actionLabel)
{
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    QPushButton *action = box.addButton(actionLabel, QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(action);
    box.exec();
    return box.clickedButton() == action;
}

void DialogPrompts::inform(QWidget *parent, const QString &title, const QString &text,
                           const QString &details)
{
    QMessageBox box(QMessageBox::Information, title, text, QMessageBox::Ok, parent);
    box.setDetailedText(details);
    box.exec();
}

} // namespace wedsync
