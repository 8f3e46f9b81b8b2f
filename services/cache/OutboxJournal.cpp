#include "cache/OutboxJournal.h"

#include "api/ApiError.h"
#include "cache/Outbox.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace wedsync {

OutboxJournal::OutboxJournal(Outbox *outbox, QObject *parent)
    : QObject(parent)
    , m_outbox(outbox)
{
    connect(m_outbox, &Outbox::entryApplied, this,
            [this](const OutboxEntry &entry) { onApplied(entry); });
    connect(m_outbox, &Outbox::entryRejected, this, &OutboxJournal::onRejected);
    connect(m_outbox, &Outbox::conflictRecorded, this, &OutboxJournal::changed);
    connect(m_outbox, &Outbox::pendingCountChanged, this, &OutboxJournal::changed);
}

QString OutboxJournal::labelOf(const OutboxEntry &entry)
{
    if (!entry.label.isEmpty())
        return entry.label;
    return entry.entityType.isEmpty() ? entry.path : entry.entityType + u' ' + entry.entityId;
}

void OutboxJournal::onApplied(const OutboxEntry &entry)
{
    OutboxItem item;
    item.state = OutboxItem::State::Applied;
    item.label = labelOf(entry);
    item.organizationId = entry.organizationId;
    item.at = QDateTime::currentDateTimeUtc();
    m_applied.prepend(item);
    Q_EMIT changed();
}

void OutboxJournal::onRejected(const OutboxEntry &entry, const ApiError &error)
{
    m_rejectedReasons.insert(entry.idempotencyKey, error.userMessage());
    Q_EMIT changed();
}

QList<OutboxItem> OutboxJournal::items() const
{
    QList<OutboxItem> items;
    for (const OutboxEntry &entry : m_outbox->pending())
        items.append({OutboxItem::State::Waiting,
                      labelOf(entry),
                      entry.organizationId,
                      {},
                      entry.createdAt});
    QList<OutboxItem> outcomes = m_applied;
    const QLocale locale;
    for (const ConflictRecord &conflict : m_outbox->conflicts()) {
        QString reason;
        if (!conflict.theirsBy.isEmpty() && conflict.theirsAt.isValid())
            reason
                = tr("Changed meanwhile by %1 on %2; both versions are kept until you choose.")
                      .arg(conflict.theirsBy,
                           locale.toString(conflict.theirsAt.toLocalTime(), QLocale::ShortFormat));
        else
            reason = tr("Changed on the server meanwhile; both versions are kept until you "
                        "choose.");
        outcomes.append({OutboxItem::State::Conflict,
                         conflict.label.isEmpty() ? conflict.entityType + u' ' + conflict.entityId
                                                  : conflict.label,
                         conflict.organizationId, reason, conflict.mineAt});
    }
    for (const OutboxEntry &entry : m_outbox->rejected()) {
        const QString reason = m_rejectedReasons.value(
            entry.idempotencyKey, tr("The server refused this edit; it will not be sent again."));
        outcomes.append({OutboxItem::State::Rejected, labelOf(entry), entry.organizationId, reason,
                         entry.createdAt});
    }
    std::stable_sort(outcomes.begin(), outcomes.end(),
                     [](const OutboxItem &a, const OutboxItem &b) { return a.at > b.at; });
    return items + outcomes;
}

QString OutboxJournal::notice() const
{
    QStringList parts;
    if (!m_applied.isEmpty())
        parts.append(tr("%n edit(s) applied", nullptr, int(m_applied.size())));
    if (const qsizetype conflicts = m_outbox->conflicts().size(); conflicts > 0)
        parts.append(tr("%n conflict(s) to resolve", nullptr, int(conflicts)));
    if (const qsizetype rejected = m_outbox->rejected().size(); rejected > 0)
        parts.append(tr("%n edit(s) refused", nullptr, int(rejected)));
    return parts.join(u" · "_s);
}

} // namespace wedsync
