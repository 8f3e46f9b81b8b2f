#pragma once
// UserPrompts answered from a queue, for tests and --screenshots: nothing modal ever opens, and
// every question asked is recorded so a test can check what the user would have been asked.

#include "common/UserPrompts.h"

#include <QList>
#include <QQueue>

namespace wedsync {

class ScriptedPrompts final : public UserPrompts
{
public:
    struct Asked
    {
        enum class Kind { SaveFileName, OpenFileName, Confirm, Inform };
        Kind kind = Kind::Inform;
        QString title;
        QString text; // the suggested name for file pickers
        QString details;
        QString option; // confirmWithOption: the option's label
    };

    // Answers are used in order; with none queued, pickers cancel and confirmations say no.
    void queueSaveFileName(const QString &path) { m_fileNames.enqueue(path); }
    void queueOpenFileName(const QString &path) { m_openNames.enqueue(path); }
    // Answers confirm() and confirmWithOption() alike.
    void queueConfirm(bool answer) { m_confirmations.enqueue(answer); }
    // Whether the next confirmWithOption() has its option ticked; with none queued, it is not.
    void queueOption(bool ticked) { m_options.enqueue(ticked); }

    const QList<Asked> &asked() const { return m_asked; }
    void clear();

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
    QQueue<QString> m_fileNames;
    QQueue<QString> m_openNames;
    QQueue<bool> m_confirmations;
    QQueue<bool> m_options;
    QList<Asked> m_asked;
};

} // namespace wedsync
