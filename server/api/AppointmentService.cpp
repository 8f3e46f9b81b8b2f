#include "api/AppointmentService.h"

#include "AppointmentJson.h"
#include "common/Ids.h"
#include "storage/AppointmentRepository.h"
#include "storage/WeddingRepository.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace wedsync::server {

using appointments::Appointment;

namespace {

Error validationFailed(QList<FieldError> fields)
{
    return Error {u"validation_failed"_s, u"Some fields are not valid; see details.fields."_s,
                  std::move(fields)};
}

Error versionConflict()
{
    return Error {u"version_conflict"_s,
                  u"Someone else changed this appointment; reload it and apply your change "
                  "again."_s,
                  {}};
}

Error notFound()
{
    return Error {u"not_found"_s, u"The appointment was not found."_s, {}};
}

// `body` applied to `*a`, normalized; its problems, each field once (a type error is not
// reported again by the rules).
QList<FieldError> decode(const QJsonObject &body, bool allowWedding, Appointment *a)
{
    QList<FieldError> errors;
    appointments::applyJson(body, allowWedding, a, &errors);
    *a = appointments::normalized(std::move(*a));
    for (const FieldError &problem : appointments::validate(*a)) {
        if (!std::any_of(errors.cbegin(), errors.cend(),
                         [&](const FieldError &e) { return e.field == problem.field; }))
            errors << problem;
    }
    return errors;
}

// What the wedding's date decides on its wedding day, and the kind of any appointment.
QList<FieldError> weddingDayChanges(const Appointment &before, const Appointment &after)
{
    QList<FieldError> out;
    if (before.kind != after.kind
        && (before.kind == appointments::WeddingDay || after.kind == appointments::WeddingDay))
        out << FieldError {u"kind"_s,
                           u"The wedding day comes from the wedding's date: no other appointment "
                           "becomes it, and it stays the wedding day."_s};
    if (before.kind == appointments::WeddingDay
        && (before.allDay != after.allDay || before.startsAt != after.startsAt
            || before.endsAt != after.endsAt || before.timeZone != after.timeZone)) {
        out << FieldError {u"startDate"_s,
                           u"The wedding day follows the wedding's date and time zone; change "
                           "the wedding instead."_s};
    }
    return out;
}

} // namespace

QJsonObject appointmentRow(const Appointment &a)
{
    // The same values as the REST shape (one writer), under the table's column names.
    static const QRegularExpression upper(u"([A-Z])"_s);
    const QJsonObject json = appointments::toJson(a);
    QJsonObject row;
    for (auto it = json.begin(); it != json.end(); ++it)
        row.insert(QString(it.key()).replace(upper, u"_\\1"_s).toLower(), it.value());
    return row;
}

AppointmentService::AppointmentService(Database &db, const Clock &clock,
                                       const ChangeNotifier &notifier)
    : m_db(db)
    , m_clock(clock)
    , m_notifier(notifier)
{ }

Result<std::optional<Appointment>> AppointmentService::find(const QString &organizationId,
                                                            const QString &id)
{
    return AppointmentRepository(m_db, m_clock).find(organizationId, id);
}

Result<Appointment> AppointmentService::create(const MutationActor &actor,
                                               const QString &organizationId,
                                               const QJsonObject &body)
{
    Appointment a;
    QList<FieldError> errors = decode(body, true, &a);
    if (a.kind == appointments::WeddingDay)
        errors << FieldError {u"kind"_s,
                              u"Every wedding has its wedding day already, from its date; edit "
                              "that one."_s};
    if (!a.weddingId.isEmpty() && !ids::isUuid(a.weddingId))
        errors << FieldError {u"weddingId"_s, u"A wedding id is a UUID."_s};
    if (!errors.isEmpty())
        return validationFailed(errors);
    a.id = ids::create();
    a.organizationId = organizationId;
    a.weddingId = a.weddingId.isEmpty() ? QString() : ids::normalized(a.weddingId);
    a.createdBy = actor.userId;

    AuditedTransaction tx(m_db, m_clock, m_notifier, actor);
    if (!tx.isActive())
        return tx.error();
    if (!a.weddingId.isEmpty()) {
        auto wedding = WeddingRepository(m_db, m_clock).find(organizationId, a.weddingId);
        if (!wedding)
            return wedding.error();
        if (!wedding->has_value())
            return validationFailed(
                {{u"weddingId"_s, u"There is no such wedding in this organization."_s}});
    }
    auto stored = AppointmentRepository(m_db, m_clock).create(a);
    if (!stored)
        return stored.error();
    if (auto done = finish(tx, u"create"_s, std::nullopt, stored.value()); !done)
        return done.error();
    return stored;
}

Result<Appointment> AppointmentService::update(const MutationActor &actor,
                                               const QString &organizationId, const QString &id,
                                               const IfMatch &ifMatch, const QJsonObject &patch)
{
    AuditedTransaction tx(m_db, m_clock, m_notifier, actor);
    if (!tx.isActive())
        return tx.error();
    AppointmentRepository repository(m_db, m_clock);
    auto current = basis(repository, organizationId, id, ifMatch);
    if (!current)
        return current.error();
    const Appointment before = current.value();

    Appointment after = before;
    QList<FieldError> errors = decode(patch, false, &after);
    if (errors.isEmpty())
        errors << weddingDayChanges(before, after);
    if (!errors.isEmpty())
        return validationFailed(errors);
    if (appointments::sameContent(before, after))
        return before; // nothing to write, nothing to announce
    after.updatedBy = actor.userId;
    auto stored = repository.update(after, before.version);
    if (!stored)
        return stored.error();
    if (auto done = finish(tx, u"update"_s, before, stored.value()); !done)
        return done.error();
    return stored;
}

Result<Appointment> AppointmentService::remove(const MutationActor &actor,
                                               const QString &organizationId, const QString &id,
                                               const IfMatch &ifMatch)
{
    AuditedTransaction tx(m_db, m_clock, m_notifier, actor);
    if (!tx.isActive())
        return tx.error();
    AppointmentRepository repository(m_db, m_clock);
    auto current = basis(repository, organizationId, id, ifMatch);
    if (!current)
        return current.error();
    const Appointment before = current.value();
    if (before.kind == appointments::WeddingDay)
        return Error {u"conflict"_s,
                      u"The wedding day stays on the calendar as long as the wedding has a date; "
                      "it cannot be deleted."_s,
                      {}};
    auto tombstone = repository.markDeleted(organizationId, id, before.version, actor.userId);
    if (!tombstone)
        return tombstone.error();
    if (auto done = finish(tx, u"delete"_s, before, tombstone.value()); !done)
        return done.error();
    return tombstone;
}

Result<Appointment> AppointmentService::basis(AppointmentRepository &repository,
                                              const QString &organizationId, const QString &id,
                                              const IfMatch &ifMatch)
{
    auto current = repository.find(organizationId, id);
    if (!current)
        return current.error();
    if (!current->has_value())
        return notFound();
    if (!ifMatch.matches(current->value().version))
        return versionConflict();
    return current->value();
}

Status AppointmentService::finish(AuditedTransaction &tx, const QString &action,
                                  const std::optional<Appointment> &before,
                                  const Appointment &after)
{
    const std::optional<QJsonObject> beforeJson
        = before ? std::optional<QJsonObject>(appointments::toJson(*before)) : std::nullopt;
    const std::optional<QJsonObject> afterJson = action == u"delete"_s
        ? std::nullopt
        : std::optional<QJsonObject>(appointments::toJson(after));
    if (auto audited
        = tx.audit(after.organizationId, entityType(), after.id, action, beforeJson, afterJson);
        !audited)
        return audited;
    tx.announce({tableName(), action == u"create"_s ? u"INSERT"_s : u"UPDATE"_s,
                 after.organizationId, appointmentRow(after),
                 before ? appointmentRow(*before) : QJsonObject()});
    return tx.commit();
}

} // namespace wedsync::server
