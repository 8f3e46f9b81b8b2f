#pragma once
// UserPrompts answered by real dialogs (QFileDialog, QMessageBox): what the running console uses.

#include "common/UserPrompts.h"

namespace wedsync {

class DialogPrompts final : public UserPrompts
{
public:
    QString saveFileName(QWidget *parent, const QString &title, const QString &suggestedName,
                         const QString &filter) override;
    QString openFileName(QWidget *parent, const QString &title, const QString &filter) override;
    bool confirm(QWidget *parent, const QString &title, const QString &text,
                 const QString &actionLabel) override;
    void inform(QWidget *parent, const QString &title, const QString &text) override;
};

} // namespace wedsync
