#pragma once
// The seam for modal questions and file pickers: widgets ask through it, the app answers with
// real dialogs, tests and --screenshots answer with scripted replies.

#include <QString>
#include <QStringList>

class QWidget;

namespace wedsync {

class UserPrompts
{
public:
    virtual ~UserPrompts() = default;
    // Empty when the user cancelled.
    virtual QString saveFileName(QWidget *parent, const QString &title,
                                 const QString &suggestedName, const QString &filter)
        = 0;
    // An existing file to read; empty when the user cancelled.
    virtual QString openFileName(QWidget *parent, const QString &title, const QString &filter) = 0;
    // actionLabel names the action on the confirming button ("Resync now", "Sign out").
    virtual bool confirm(QWidget *parent, const QString &title, const QString &text,
                         const QString &actionLabel)
        = 0;
    // The same question with one option under it (a checkbox, unticked at first; its label may
    // carry a mnemonic). *optionChecked: whether it was ticked when the action was confirmed.
    virtual bool confirmWithOption(QWidget *parent, const QString &title, const QString &text,
                                   const QString &actionLabel, const QString &optionLabel,
                                   bool *optionChecked)
        = 0;
    // `details` (technical words, for support) sit behind a "Show Details" button.
    virtual void inform(QWidget *parent, const QString &title, const QString &text,
                        const QString &details = {})
        = 0;
};

} // namespace wedsync
