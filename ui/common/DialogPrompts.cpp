#include "common/DialogPrompts.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace wedsync {

namespace {

// A question whose confirming button names the action and is the default; Cancel backs out.
bool ask(QMessageBox &box, const QString &actionLabel)
{
    QPushButton *action = box.addButton(actionLabel, QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(action);
    box.exec();
    return box.clickedButton() == action;
}

} // namespace

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
    return ask(box, actionLabel);
}

bool DialogPrompts::confirmWithOption(QWidget *parent, const QString &title, const QString &text,
                                      const QString &actionLabel, const QString &optionLabel,
                                      bool *optionChecked)
{
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    auto *option = new QCheckBox(optionLabel, &box);
    option->setObjectName(u"promptOption"_s);
    box.setCheckBox(option);
    const bool confirmed = ask(box, actionLabel);
    if (optionChecked)
        *optionChecked = confirmed && option->isChecked();
    return confirmed;
}

void DialogPrompts::inform(QWidget *parent, const QString &title, const QString &text,
                           const QString &details)
{
    QMessageBox box(QMessageBox::Information, title, text, QMessageBox::Ok, parent);
    box.setDetailedText(details);
    box.exec();
}

} // namespace wedsync
