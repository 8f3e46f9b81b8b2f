#include "demo/DemoWebhooks.h"

#include "auth/SecretBox.h"
#include "common/Ids.h"
#include "demo/DemoData.h"
#include "storage/WebhookEndpointRepository.h"

#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace wedsync::server {

Status seedDemoWebhooks(Database &db, const Clock &clock, const SecretBox *box)
{
    if (!box)
        return ok();
    const struct
    {
        QString organizationId;
        QString slug;
    } organizations[]
        = {{DemoData::evergreenId(), u"evergreen"_s}, {DemoData::lakesideId(), u"lakeside"_s}};
    for (const auto &org : organizations) {
        webhooks::Endpoint e;
        e.id = ids::named(u"demo-webhook:"_s + org.slug);
        e.organizationId = org.organizationId;
        e.url = u"https://receiver.example.com/wedsync/"_s + org.slug;
        e.description = u"Demo endpoint: point it at your receiver, then enable it"_s;
        e.eventTypes = {u"appointment.created"_s, u"appointment.updated"_s, u"section.updated"_s};
        e.enabled = false;
        QByteArray secret(32, Qt::Uninitialized);
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(secret.data()),
                                              secret.size() / int(sizeof(quint32)));
        const QByteArray sealed
            = box->seal(secret.toHex(), WebhookEndpointRepository::secretBinding(e.id));
        if (auto made = WebhookEndpointRepository(db, clock).create(e, sealed); !made)
            return made.error();
    }
    return ok();
}

} // namespace wedsync::server
