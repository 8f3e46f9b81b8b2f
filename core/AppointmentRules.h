#pragma once
// What an appointment may be (a consultation, a tasting, the wedding day...): its kinds, its
// bounds and the checks of a whole appointment with one error per field, and its time span as
// UTC instants (an all-day appointment spans the midnights of its dates in its time zone), so
// that server and console check the same rules. Pure: no I/O.

#include "Result.h"

#include <QDate>
#include <QDateTime>
#include <QStringList>

namespace wedsync::appointments {

constexpr int MaxTitleLength = 200;
constexpr int MaxLocationLength = 500;
constexpr int MaxNotesLength = 10000;
constexpr int MaxAttendees = 50;
constexpr int MaxEmailLength = 254;
constexpr int MaxSpanDays = 366;

// consultation, tasting, rehearsal, wedding_day, meeting, other
const QStringList &kinds();
inline const QString WeddingDay = QStringLiteral("wedding_day");

struct Appointment
{
    QString id;
    QString organizationId;
    QString weddingId; // empty: the organization's own (a meeting, a fair)
    QString title;
    QString kind = QStringLiteral("other");
    bool allDay = false;
    QDateTime startsAt; // UTC; for all-day: startDate's midnight in timeZone
    QDateTime endsAt; // UTC, after startsAt; for all-day: endDate's midnight in timeZone
    QDate startDate; // all-day only
    QDate endDate; // all-day only, exclusive (a one-day appointment ends the next day)
    QString timeZone; // IANA id, e.g. "Europe/Madrid"
    QString location;
    QString notes;
    QStringList attendees; // e-mail addresses
    qint64 version = 1;
    QString createdBy;
    QString updatedBy;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime deletedAt; // invalid unless deleted (the tombstone calendar sync reads)

    bool isDeleted() const { return deletedAt.isValid(); }
    friend bool operator==(const Appointment &, const Appointment &) = default;
};

// A plausible address: one @, no spaces, a dotted domain, at most MaxEmailLength characters.
bool isEmailAddress(const QString &text);

// The error for more than MaxAttendees attendees (translated).
QString tooManyAttendeesMessage();

// Trims the texts and addresses, converts the instants to UTC and, for an all-day
// appointment, derives startsAt/endsAt from its dates in its time zone. Identity, version and
// metadata are left as they are.
Appointment normalized(Appointment appointment);

// The problems of a normalized appointment, one per field (title, kind, timeZone, startsAt,
// endsAt, startDate, endDate, location, notes, attendees[i]); empty when it is valid.
QList<FieldError> validate(const Appointment &appointment);

// The same content (what a write changes) apart from identity, version and metadata.
bool sameContent(const Appointment &a, const Appointment &b);

} // namespace wedsync::appointments
