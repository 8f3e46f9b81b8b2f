#pragma once
// What the permissions screen asks that is not HTTP: the effective permissions of one person
// in one wedding at one moment (with the engine's explanation), and the integrity report.

#include "Clock.h"
#include "IntegrityChecker.h"
#include "Result.h"

#include <QDateTime>
#include <QJsonObject>

namespace wedsync::server {

class Database;

class PermissionService
{
public:
    PermissionService(Database &db, const Clock &clock);

    // {organizationId, user, wedding|null, at, phase, items: [{sectionId, sectionType,
    // weddingId, title, canView, canEdit, canHide, conditions, phase, explanation}]} for the
    // organization-wide sections and, with a wedding, that wedding's own.
    // `at` invalid: now. Errors: not_found (the person is not a member of the organization,
    // or the wedding is not one of its weddings).
    Result<QJsonObject> effective(const QString &organizationId, const QString &userId,
                                  const QString &weddingId, const QDateTime &at);

    // Seed checks and lint over every section, with each member's record built from the
    // organization-wide sections the engine lets them view right now.
    Result<IntegrityReport> integrity(const QString &organizationId);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace wedsync::server
