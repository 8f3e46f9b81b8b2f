#include "compliance/TierSwitcher.h"

#include "api/ApiClient.h"
#include "feeds/FeedReplies.h"

#include <QUuid>

using namespace Qt::StringLiterals;

namespace wedsync {

TierSwitcher::TierSwitcher(ApiClient *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{
    qRegisterMetaType<TierSwitchRequest>();
}

void TierSwitcher::preview(const TierSwitchRequest &request)
{
    run(request, true);
}

void TierSwitcher::apply(const TierSwitchRequest &request)
{
    run(request, false);
}

void TierSwitcher::run(const TierSwitchRequest &request, bool dryRun)
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
    ApiReply *reply = m_api->switchSupplierTier(
        request.organizationId, request.supplierId, request.tierId, dryRun, request.supplierVersion,
        dryRun ? QString() : QUuid::createUuid().toString(QUuid::WithoutBraces));
    m_reply = reply;
    onReplyFinished(reply, this, [this, request, dryRun](ApiReply *answer) {
        m_reply = nullptr;
        if (!answer->ok()) {
            Q_EMIT failed(request, answer->error());
            return;
        }
        if (dryRun) {
            Q_EMIT previewReady(
                request, tierSwitchPreviewFromJson(answer->object().value(u"plan"_s).toObject()));
            return;
        }
        auto supplier = supplierSummaryFromJson(answer->object().value(u"supplier"_s).toObject());
        Q_EMIT switched(request, supplier ? supplier.value() : SupplierSummary {});
    });
}

} // namespace wedsync
