#include "config/ConfigActions.h"

#include "api/ApiClient.h"
#include "config/ConfigRequests.h"
#include "feeds/FeedReplies.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace wedsync {

ConfigActions::ConfigActions(ApiClient *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{
    qRegisterMetaType<ConfigView>();
}

void ConfigActions::run(const RestRequest &request, const QString &what,
                        std::function<void(const QJsonObject &)> done)
{
    Q_EMIT busyChanged(++m_busy);
    onReplyFinished(
        m_api->send(request), this, [this, what, done = std::move(done)](ApiReply *answer) {
            Q_EMIT busyChanged(--m_busy);
            if (answer->ok()) {
                done(answer->object());
                return;
            }
            const ApiError error = answer->error();
            if (error.httpStatus == 412) {
                auto current = configViewFromJson(error.details.value(u"current"_s).toObject());
                Q_EMIT staleWrite(error, current ? std::optional(current.value()) : std::nullopt);
                return;
            }
            Q_EMIT failed(what, error);
        });
}

void ConfigActions::save(const ConfigView &shown, const QJsonObject &document,
                         const QString &summary)
{
    run(configapi::write(shown.scope, shown.settingType, document, summary, shown.version),
        u"save"_s, [this](const QJsonObject &answer) {
            if (auto view = configViewFromJson(answer))
                Q_EMIT saved(view.value());
        });
}

void ConfigActions::rollback(const ConfigView &shown, qint64 toVersion)
{
    run(configapi::rollback(shown.scope, shown.settingType, toVersion, shown.version),
        u"rollback"_s, [this, from = shown.version](const QJsonObject &answer) {
            if (auto view = configViewFromJson(answer))
                Q_EMIT rolledBack(view.value(), from);
        });
}

void ConfigActions::compare(const ConfigScope &scope, ConfigSettingType type, qint64 from,
                            qint64 to)
{
    run(configapi::diff(scope, type, from, to), u"compare"_s,
        [this, from, to](const QJsonObject &answer) {
            auto changes = configDeltaFromJson(answer.value(u"changes"_s).toArray());
            Q_EMIT compared(from, to, changes ? changes.value() : QList<ConfigChange>());
        });
}

void ConfigActions::propose(const ConfigScope &scope, ConfigSettingType type,
                            const QJsonObject &document, const QString &summary)
{
    run(configapi::propose(scope, type, document, summary), u"propose"_s,
        [this](const QJsonObject &answer) {
            if (auto request = configChangeRequestFromJson(answer))
                Q_EMIT proposed(request.value());
        });
}

void ConfigActions::decide(const ConfigScope &scope, const QString &requestId, bool approve)
{
    run(configapi::decide(scope, requestId, approve), u"decide"_s,
        [this](const QJsonObject &answer) {
            if (auto request = configChangeRequestFromJson(answer))
                Q_EMIT decided(request.value());
        });
}

void ConfigActions::setOptOuts(const QString &organizationId, const ConfigOptOuts &optOuts)
{
    run(configapi::putOptOuts(organizationId, configOptOutsToJson(optOuts)), u"opt_out"_s,
        [this, organizationId](const QJsonObject &answer) {
            auto decoded = configOptOutsFromJson(answer);
            Q_EMIT optOutsChanged(organizationId, decoded ? decoded.value() : ConfigOptOuts());
        });
}

} // namespace wedsync
