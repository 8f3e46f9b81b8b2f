#include "common/DialogPrompts.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>

namespace wedsync {

QString DialogPrompts::saveFileName(QWidget *parent, const QString &title,
                                    const QString &suggestedName, const QString &filter)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileDialog::getSaveFileName(parent, title, QDir(folder).filePath(suggestedName),
                                        filter);
}

QString DialogPrompts::openFileName(QWidget *parent, const QString &title, const QString &filter)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileDialog::getOpenFileName(parent, title, folder, filter);
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

void DialogPrompts::inform(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox::information(parent, title, text);
}

} // namespace wedsync
