#pragma once
// Section configurations as the API changes them: validated by the core rules, versioned,
// each write one audited transaction announced to realtime clients after its commit.

#include "api/AuditedTransaction.h"
#include "api/Preconditions.h"
#include "storage/SectionRepository.h"

#include <QCache>

#include <functional>

namespace wedsync::server {

// One section to change within a batch (a single update is a batch of one).
struct SectionChange
{
    QString id;
    IfMatch ifMatch; // the version(s) the client edited
    QString
        fieldPrefix; // prefixes field errors of this change, e.g. "[2]" or "rows[0]"; empty for one
    // Turns the current section into the wanted one (a patch, a move, new permission lists).
    std::function<Result<SectionConfig>(const SectionConfig &current)> edit;
    // Whether the caller may make this edit (a `forbidden` error stops the batch); unset: yes.
    std::function<std::optional<Error>(const SectionConfig &before, const SectionConfig &after)>
        authorize;
};

// A rule across sections, checked on the organization's sections as they would be after a
// batch; returns the problems (with field paths of the batch).
using SectionBatchCheck = std::function<QList<FieldError>(const QList<SectionConfig> &after)>;

class SectionService
{
public:
    static QString entityType() { return QStringLiteral("section_configuration"); }
    static QString tableName() { return QStringLiteral("section_configurations"); }

    SectionService(Database &db, const Clock &clock, const ChangeNotifier &notifier);

    // What a writer thread's service is made with besides its own connection and notifier.
    const Clock &clock() const { return m_clock; }
    const ChangeNotifier &notifier() const { return m_notifier; }

    Result<QList<SectionRecord>> list(const QString &organizationId,
                                      const SectionScope &scope = {});
    Result<std::optional<SectionRecord>> find(const QString &organizationId, const QString &id);
    // A section never moves to another organization, so a found answer is kept (for the
    // event loop's service only: the cache is not shared across threads).
    Result<std::optional<QString>> organizationOf(const QString &id);

    // Sanitizes, validates and stores a new section (version 1). `appendAtEnd`: the client
    // gave no position, so the section goes after the last one on its dashboard.
    // Errors: validation_failed (fields; also for a wedding of another organization),
    // section_exists (that type is already on this dashboard). The server chooses the id.
    Result<SectionRecord> create(const MutationActor &actor, SectionConfig section,
                                 bool appendAtEnd);

    // Applies every change or none, writes one audit row per changed section with `action`.
    // Sections an edit leaves as they were are not written. Errors: not_found (fields name the
    // ids), version_conflict (`*conflicts` gets the current sections), validation_failed.
    Result<QList<SectionRecord>> update(const MutationActor &actor, const QString &organizationId,
                                        const QList<SectionChange> &changes, const QString &action,
                                        QList<SectionRecord> *conflicts,
                                        const SectionBatchCheck &check = {});
    // The same inside the caller's transaction, which commits (and so publishes) or rolls back
    // with everything else it holds (a conflict resolution closes its conflict in it).
    Result<QList<SectionRecord>> updateIn(AuditedTransaction &tx, const MutationActor &actor,
                                          const QString &organizationId,
                                          const QList<SectionChange> &changes,
                                          const QString &action, QList<SectionRecord> *conflicts,
                                          const SectionBatchCheck &check = {});

    // Returns the deleted section. Errors: not_found, version_conflict (`*conflicts`).
    Result<SectionRecord> remove(const MutationActor &actor, const QString &organizationId,
                                 const QString &id, const IfMatch &ifMatch,
                                 QList<SectionRecord> *conflicts);

private:
    // The current sections of the changes, in their order; not_found names the missing ones.
    // `all`: the organization's sections when the caller has listed them already.
    Result<QList<SectionRecord>> findChanged(SectionRepository &repository,
                                             const QString &organizationId,
                                             const QList<SectionChange> &changes,
                                             const QList<SectionRecord> *all);
    // Stores the edited sections that differ from `current`, each with its audit row and row
    // change; the unchanged ones are returned as they are.
    Result<QList<SectionRecord>> writeEdited(AuditedTransaction &tx, SectionRepository &repository,
                                             const MutationActor &actor,
                                             const QString &organizationId, const QString &action,
                                             const QList<SectionRecord> &current,
                                             const QList<SectionConfig> &edited,
                                             QList<SectionRecord> *conflicts);

    Database &m_db;
    const Clock &m_clock;
    const ChangeNotifier &m_notifier;
    // Section id → organization id: about 250 bytes an entry, some 12 MB when full.
    QCache<QString, QString> m_organizations {50'000};
};

// The stages of SectionService::update that need no database, `current` in the changes' order.

// version_conflict naming each change whose client edited another version than the stored one
// (whose current section is appended to `*conflicts`); nothing when all match.
std::optional<Error> staleChanges(const QList<SectionChange> &changes,
                                  const QList<SectionRecord> &current,
                                  QList<SectionRecord> *conflicts);

// Each change's edit applied to its current section and sanitized; `problems` holds the edit's
// own errors, identity changes and validation problems, prefixed with the change's fieldPrefix.
// A failed edit leaves the section as it was.
struct EditedSections
{
    QList<SectionConfig> sections;
    QList<FieldError> problems;
    std::optional<Error> refused; // a change's authorize() said no: nothing is written
};
EditedSections applyEdits(const QList<SectionChange> &changes, const QList<SectionRecord> &current);

// The organization's sections with the edited ones in their place.
QList<SectionConfig> sectionsAfter(const QList<SectionRecord> &all,
                                   const QList<SectionConfig> &edited);

// The duplicate-position rule for reorders: no two sections of one dashboard (the organization
// or one wedding) at the same position, reported on the moved sections' "<prefix>.position".
QList<FieldError> duplicatePositions(const QList<SectionConfig> &after,
                                     const QHash<QString, QString> &prefixById);

} // namespace wedsync::server
