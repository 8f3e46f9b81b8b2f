#pragma once
// UserPrompts answered by real dialogs (QFileDialog, QMessageBox): what the running console uses.

#include "common/UserPrompts.h"

#include <QString>

namespace wedsync {

class DialogPrompts final : public UserPrompts
{
public:
    // `lastFolder`: where the file pickers start (empty: Documents).
    explicit DialogPrompts(const QString &lastFolder = {})
        : m_lastFolder(lastFolder)
    { }
    QString lastFolder() const { return m_lastFolder; }

    QString saveFileName(QWidget *parent, const QString &title, const QString &suggestedName,
                         const QString &filter) override;
    QString openFileName(QWidget *parent, const QString &title, const QString &filter) override;
    bool confirm(QWidget *parent, const QString &title, const QString &text,
                 const QString &actionLabel) override;
    bool confirmWithOption(QWidget *parent, const QString &title, const QString &text,
                           const QString &actionLabel, const QString &optionLabel,
                           bool *optionChecked) override;
    void inform(QWidget *parent, const QString &title, const QString &text,
                const QString &details = {}) override;

private:
    QString folder() const;
    QString remember(const QString &path);

    QString m_lastFolder;
};

} // namespace wedsync
