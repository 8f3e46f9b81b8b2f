#pragma once
// The demo's configuration hierarchy: the platform's notification template (e-mail and SMS
// providers, default preferences), sign-in and MFA defaults; Evergreen keeps an SMS provider of
// its own (the notifications rule is tenant-wins), Harbor Light and Lakeside inherit the
// platform's. So a platform admin who changes the SMS provider sees Evergreen keep its own
// while the others take the new one. Evergreen and Lakeside each have a change request waiting
// for a second admin.

#include "Clock.h"
#include "common/Status.h"

namespace wedsync::server {

class ConfigSecrets;
class Database;

class DemoConfig
{
public:
    DemoConfig(Database &db, const Clock &clock, const ConfigSecrets &secrets);
    // Inside the demo seed's transaction, after the organizations and users exist.
    Status seed(const QString &evergreenId, const QString &lakesideId,
                const QString &platformAdminId, const QString &evergreenAdminId,
                const QString &lakesideAdminId);

private:
    Database &m_db;
    const Clock &m_clock;
    const ConfigSecrets &m_secrets;
};

} // namespace wedsync::server
