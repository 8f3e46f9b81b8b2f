#include "demo/DemoConfig.h"

#include "storage/ConfigChangeRequestRepository.h"
#include "storage/ConfigSettingRepository.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace wedsync::server {

namespace {

QJsonObject channel(const QString &provider, const QString &from)
{
    return QJsonObject {{u"provider"_s, provider}, {u"from"_s, from}};
}

QJsonObject preference(bool email, bool sms, bool push)
{
    return QJsonObject {
        {u"email"_s, email}, {u"sms"_s, sms}, {u"push"_s, push}, {u"inApp"_s, true}};
}

QJsonObject platformNotifications()
{
    return QJsonObject {
        {u"providers"_s,
         QJsonObject {{u"email"_s, channel(u"postmark"_s, u"hello@wedsync.demo"_s)},
                      {u"sms"_s, channel(u"twilio"_s, u"WedSync"_s)}}},
        {u"preferences"_s,
         QJsonObject {{u"booking_confirmed"_s, preference(true, false, true)},
                      {u"payment_due"_s, preference(true, true, false)}}},
        {u"quietHours"_s,
         QJsonObject {{u"enabled"_s, true}, {u"start"_s, u"22:00"_s}, {u"end"_s, u"07:00"_s}}},
        {u"digest"_s, u"daily"_s},
    };
}

QJsonObject cell(bool view, bool edit, bool hide)
{
    return QJsonObject {{u"view"_s, view}, {u"edit"_s, edit}, {u"hide"_s, hide}};
}

// Two permission templates an organization may apply to its matrix (Permissions › Apply
// template…), each previewed cell by cell first. A cell's hide flag lets the role hide the
// section; it does not hide it from the role.
QJsonObject platformPermissionTemplates()
{
    return QJsonObject {
        {u"templates"_s,
         QJsonObject {
             {u"photography_studio"_s,
              QJsonObject {
                  {u"label"_s, u"Photography studio"_s},
                  {u"description"_s,
                   u"Photographers run the shared gallery (and may hide it until it is "
                   "ready) and keep their contracts and shot lists in the documents."_s},
                  {u"sections"_s,
                   QJsonObject {
                       {u"photos"_s, QJsonObject {{u"photographer"_s, cell(true, true, true)}}},
                       {u"documents"_s, QJsonObject {{u"photographer"_s, cell(true, true, false)}}},
                   }},
              }},
             {u"planner_led"_s,
              QJsonObject {
                  {u"label"_s, u"Planner-led"_s},
                  {u"description"_s,
                   u"The planners keep the documents and the day's timeline: the couple reads "
                   "the documents without changing them, and guests see the overview and the "
                   "photos, not the timeline."_s},
                  {u"sections"_s,
                   QJsonObject {
                       {u"documents"_s, QJsonObject {{u"couple"_s, cell(true, false, false)}}},
                       {u"timeline"_s, QJsonObject {{u"guest"_s, cell(false, false, false)}}},
                   }},
              }},
         }},
    };
}

} // namespace

DemoConfig::DemoConfig(Database &db, const Clock &clock, const ConfigSecrets &secrets)
    : m_db(db)
    , m_clock(clock)
    , m_secrets(secrets)
{ }

Status DemoConfig::seed(const QString &evergreenId, const QString &lakesideId,
                        const QString &platformAdminId, const QString &evergreenAdminId,
                        const QString &lakesideAdminId)
{
    ConfigSettingRepository settings(m_db, m_clock, m_secrets);
    const QJsonObject notifications = platformNotifications();
    struct Seed
    {
        ConfigScope scope;
        ConfigSettingType type;
        QJsonObject document;
        std::optional<QJsonObject> baseline;
        QString by;
        QString summary;
    };
    const QList<Seed> seeds {
        {ConfigScope::platform(), ConfigSettingType::Notifications, notifications, std::nullopt,
         platformAdminId, u"Notification template: Postmark e-mail, Twilio SMS."_s},
        {ConfigScope::platform(), ConfigSettingType::Mfa,
         QJsonObject {{u"required"_s, false},
                      {u"allowedMethods"_s, QJsonArray {u"totp"_s, u"webauthn"_s}}},
         std::nullopt, platformAdminId, u"Two-step sign-in: optional, app or security key."_s},
        {ConfigScope::platform(), ConfigSettingType::Rbac, platformPermissionTemplates(),
         std::nullopt, platformAdminId,
         u"Permission templates: photography studio, planner-led."_s},
        {ConfigScope::tenant(evergreenId), ConfigSettingType::Notifications,
         QJsonObject {
             {u"providers"_s, QJsonObject {{u"sms"_s, channel(u"messagebird"_s, u"Evergreen"_s)}}},
             {u"digest"_s, u"weekly"_s}},
         notifications, evergreenAdminId, u"Our own SMS sender (MessageBird)."_s},
    };
    for (const Seed &seed : seeds) {
        StoredConfig config;
        config.scope = seed.scope;
        config.type = seed.type;
        config.document = seed.document;
        config.parentBaseline = seed.baseline;
        if (auto written = settings.write(config, 0, seed.by, seed.summary); !written)
            return written.error();
    }
    ConfigChangeRequestRepository requests(m_db, m_clock, m_secrets);
    for (const auto &[org, author, base, summary] :
         {std::tuple {evergreenId, evergreenAdminId, 1, u"Quiet hours from 21:00."_s},
          std::tuple {lakesideId, lakesideAdminId, 0, u"A weekly digest instead of daily."_s}}) {
        ConfigChangeRequest request;
        request.scope = ConfigScope::tenant(org);
        request.type = ConfigSettingType::Notifications;
        request.authorId = author;
        request.baseVersion = base;
        request.summary = summary;
        request.payload = base == 1
            ? QJsonObject {{u"providers"_s,
                            QJsonObject {{u"sms"_s, channel(u"messagebird"_s, u"Evergreen"_s)}}},
                           {u"digest"_s, u"weekly"_s},
                           {u"quietHours"_s, QJsonObject {{u"start"_s, u"21:00"_s}}}}
            : QJsonObject {{u"digest"_s, u"weekly"_s}};
        if (auto made = requests.create(request); !made)
            return made.error();
    }
    return ok();
}

} // namespace wedsync::server
