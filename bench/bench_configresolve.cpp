// Effective settings with provenance: 10,000 users' notifications (three organizations, one of
// them opted out) and 10,000 organizations' permission templates merged after a platform
// change. Prints one row per case: count, total ms, µs per resolve.
#include "ConfigResolver.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace wedsync;

namespace {

QJsonObject doc(QByteArray json)
{
    return QJsonDocument::fromJson(json.replace('\'', '"')).object();
}

constexpr int Count = 10000;

QJsonObject notificationPlatform()
{
    return doc("{'providers':{'sms':{'provider':'messagebird','from':'WedSync'},'email':{"
               "'provider':'postmark','from':'hello@wedsync.example'}},'digest':'daily',"
               "'preferences':{'payment_due':{'email':true,'sms':true},'timeline_change':{"
               "'email':true,'push':true}},'quietHours':{'enabled':true,'start':'22:00','end':"
               "'07:00'}}");
}

// Each user moves their quiet hours; half of them also turn off one SMS notification.
QList<QJsonObject> userPreferences()
{
    return {doc("{'quietHours':{'start':'23:00'},'preferences':{'payment_due':{'sms':true}}}"),
            doc("{'quietHours':{'start':'23:00'},'preferences':{'payment_due':{'sms':false}}}")};
}

void printRow(const char *name, int count, qint64 nanoseconds, qsizetype fields)
{
    std::printf("| %-48s | %6d | %9.1f | %7.2f | %6lld |\n", name, count, double(nanoseconds) / 1e6,
                double(nanoseconds) / 1e3 / count, static_cast<long long>(fields));
}

void notificationsForUsers()
{
    const QJsonObject platform = notificationPlatform();
    const QList<QJsonObject> users = userPreferences();
    const QJsonObject baseline
        = doc("{'providers':{'sms':{'provider':'twilio','from':'WedSync'}},'digest':'daily'}");
    const QList<QJsonObject> tenants {doc("{'providers':{'sms':{'provider':'vonage'}}}"),
                                      doc("{'digest':'weekly'}"), QJsonObject()};
    qsizetype fields = 0;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < Count; ++i) {
        ConfigResolveRequest request;
        request.type = ConfigSettingType::Notifications;
        request.at = ConfigLayer::User;
        request.platform = platform;
        request.tenant.document = tenants.at(i % 3);
        request.tenant.parentBaseline = baseline;
        if (i % 3 == 2)
            request.optOuts.ruleIds = {u"notifications"_s};
        request.user.document = users.at(i % 2);
        fields += resolveConfig(request).fields.size();
    }
    printRow("notifications, 10,000 users (tenant_wins)", Count, timer.nsecsElapsed(), fields);
}

// The server's way: each organization resolved once, each user one step below it.
void notificationsForUsersStepped()
{
    const QJsonObject platform = notificationPlatform();
    const QList<QJsonObject> users = userPreferences();
    const QList<QJsonObject> tenants {doc("{'providers':{'sms':{'provider':'vonage'}}}"),
                                      doc("{'digest':'weekly'}"), QJsonObject()};
    qsizetype fields = 0;
    QElapsedTimer timer;
    timer.start();
    QList<ResolvedConfig> organizations;
    ConfigResolveRequest request;
    request.type = ConfigSettingType::Notifications;
    request.platform = platform;
    for (const QJsonObject &tenant : tenants) {
        request.at = ConfigLayer::Tenant;
        request.tenant.document = tenant;
        organizations.append(resolveConfig(request));
    }
    request.at = ConfigLayer::User;
    for (int i = 0; i < Count; ++i) {
        request.user.document = users.at(i % 2);
        fields += resolveConfigBelow(organizations.at(i % 3), request).fields.size();
    }
    printRow("notifications, 10,000 users, orgs resolved once", Count, timer.nsecsElapsed(),
             fields);
}

void templatesForTenants()
{
    const QJsonObject baseline
        = doc("{'templates':{'planner':{'label':'Planner','sections':{'timeline':{'coordinator':{"
              "'view':true,'edit':false},'couple':{'view':true}},'budget':{'admin':{'view':true,"
              "'edit':true}}}}}}");
    QJsonObject platform = baseline;
    platform[u"templates"_s] = doc("{'planner':{'label':'Planner 2026','sections':{'timeline':{"
                                   "'coordinator':{'view':true,'edit':true},'couple':{'view':"
                                   "true}},'budget':{'admin':{'view':true,'edit':true}}}}}");
    const QJsonObject own = doc("{'templates':{'planner':{'sections':{'budget':{'coordinator':{"
                                "'view':true}}}}}}");
    qsizetype fields = 0;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < Count; ++i) {
        ConfigResolveRequest request;
        request.type = ConfigSettingType::Rbac;
        request.at = ConfigLayer::Tenant;
        request.platform = platform;
        request.tenant = {own, baseline};
        fields += resolveConfig(request).fields.size();
    }
    printRow("permission templates, 10,000 tenants (merge)", Count, timer.nsecsElapsed(), fields);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    std::printf("| %-48s | %6s | %9s | %7s | %6s |\n", "case", "count", "total ms", "µs each",
                "fields");
    std::printf("|%s|%s|%s|%s|%s|\n", "--------------------------------------------------",
                "--------", "-----------", "---------", "--------");
    notificationsForUsers();
    notificationsForUsersStepped();
    templatesForTenants();
    return 0;
}
