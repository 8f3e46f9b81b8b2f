#pragma once
// The seam between committed writes and the realtime hub: row changes are handed to an
// injected RealtimePublisher (none in tests that do not care) only after their commit.

#include <QJsonObject>
#include <QList>
#include <QString>

namespace wedsync {
class RealtimePublisher;
}

namespace wedsync::server {

// One committed row change, as `postgres_changes` carries it: the table's row with its
// column names (snake_case), so that filters such as organization_id=eq.<id> apply.
struct RowChangeNote
{
    QString table; // e.g. "section_configurations", "audit_log"
    QString eventType; // INSERT | UPDATE | DELETE
    QString organizationId; // empty for platform-level rows
    QJsonObject newRow; // empty for DELETE
    QJsonObject oldRow; // empty for INSERT
    // Only for the tenant's admins and platform staff (e.g. audit rows), not for every member.
    bool adminsOnly = false;
};

class ChangeNotifier
{
public:
    // May be null (no realtime hub); not owned, must outlive this or be reset first.
    void setPublisher(RealtimePublisher *publisher) { m_publisher = publisher; }
    RealtimePublisher *publisher() const { return m_publisher; }

    // Publishes changes whose transaction has committed. A failure to publish is logged and
    // does not undo anything: the data is stored, clients that missed it refetch.
    void publishCommitted(const QList<RowChangeNote> &changes) const;

private:
    RealtimePublisher *m_publisher = nullptr;
};

} // namespace wedsync::server
