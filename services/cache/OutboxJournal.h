#pragma once
// What became of the edits sent through the outbox, for the person who made them: waiting,
// applied (this session), in conflict with someone else's change (until resolved), refused by
// the server — each with its reason in words; and a one-line notice for the status bar. The
// coming editors only call Outbox::enqueue(); this tells the user how it went.

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

namespace wedsync {

class Outbox;
struct ApiError;
struct ConflictRecord;
struct OutboxEntry;

struct OutboxItem
{
    enum class State { Waiting, Applied, Conflict, Rejected };
    State state = State::Waiting;
    QString label; // what was edited, in the editor's words
    QString organizationId;
    QString reason; // translated; empty while waiting or once applied
    QDateTime at; // made (waiting), or what happened
};

class OutboxJournal : public QObject
{
    Q_OBJECT
public:
    // `outbox` must outlive the journal.
    explicit OutboxJournal(Outbox *outbox, QObject *parent = nullptr);

    // Waiting first (in send order), then the outcomes, newest first.
    QList<OutboxItem> items() const;
    // "2 edits applied · 1 conflict to resolve · 1 edit refused"; empty: nothing to report.
    QString notice() const;

Q_SIGNALS:
    void changed();

private:
    void onApplied(const OutboxEntry &entry);
    void onRejected(const OutboxEntry &entry, const ApiError &error);
    static QString labelOf(const OutboxEntry &entry);

    Outbox *m_outbox;
    QList<OutboxItem> m_applied; // this session's, newest first
    QHash<QString, QString> m_rejectedReasons; // idempotency key -> the server's reason
};

} // namespace wedsync
