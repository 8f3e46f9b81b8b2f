#pragma once
// Plain rows of the server's tables, as the repositories read and write them. An audit_log
// row is core's AuditRecord, the type the console reads.

#include "AuditRecord.h"
#include "Role.h"
#include "SectionConfig.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace wedsync::server {

struct Organization
{
    QString id;
    QString name;
    QString slug;
    QString subscriptionTier; // free | starter | professional | scale | enterprise
    QDateTime createdAt;
};

struct User
{
    QString id;
    QString email;
    QString displayName;
    QString passwordHash; // Argon2id string; never leaves the server
    bool disabled = false;
    QDateTime createdAt;
};

struct Membership
{
    QString userId;
    QString organizationId;
    QString organizationName; // filled by reads that join organizations
    Role role = Role::Guest;
};

// A member as an organization's member list shows them.
struct Member
{
    QString userId;
    QString email;
    QString displayName;
    Role role = Role::Guest;
};

enum class StaffKind { PlatformAdmin, Support };
QString staffKindName(StaffKind kind); // "platform_admin" | "support"
std::optional<StaffKind> staffKindFromName(QStringView name);

struct Wedding
{
    QString id;
    QString organizationId;
    QString coupleName;
    QDate weddingDate; // calendar date in timeZone
    QString timeZone; // IANA id, e.g. "Europe/London"
    QString status; // active | completed | cancelled
    qint64 version = 1;
    QDateTime createdAt;
    QDateTime updatedAt;
};

struct WeddingAccess
{
    QString userId;
    QString weddingId;
    QString accessLevel; // full | limited
};

// A section configuration row: the domain object plus the row's timestamps.
struct SectionRecord
{
    SectionConfig section;
    QDateTime createdAt;
    QDateTime updatedAt;
};

struct Session
{
    QString id;
    QString userId;
    QDateTime createdAt;
    QDateTime revokedAt; // invalid while active
    QString revokedReason;
};

struct RefreshTokenRecord
{
    QString tokenHash;
    QString sessionId;
    QString userId;
    QDateTime issuedAt;
    QDateTime expiresAt;
    QDateTime rotatedAt; // invalid until exchanged for a new token
    QDateTime revokedAt;
};

} // namespace wedsync::server
