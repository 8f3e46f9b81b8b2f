#include "compliance/ReviewDecisions.h"

#include "ComplianceJson.h"
#include "api/ApiClient.h"
#include "feeds/FeedReplies.h"

#include <QUuid>

using namespace Qt::StringLiterals;

namespace wedsync {

ReviewDecisions::ReviewDecisions(ApiClient *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{
    qRegisterMetaType<ReviewDecision>();
    m_timer.setSingleShot(true);
    m_timer.setInterval(DefaultUndoMs);
    connect(&m_timer, &QTimer::timeout, this, &ReviewDecisions::sendNow);
}

ReviewDecisions::~ReviewDecisions()
{
    // A decision the reviewer did not take back is theirs: it is sent, not dropped.
    if (m_waiting)
        send(*std::exchange(m_waiting, std::nullopt));
}

void ReviewDecisions::propose(const ReviewDecision &decision)
{
    sendNow();
    m_waiting = decision;
    m_timer.start();
    Q_EMIT proposed(decision);
}

bool ReviewDecisions::undo()
{
    if (!m_waiting)
        return false;
    m_timer.stop();
    const ReviewDecision decision = *std::exchange(m_waiting, std::nullopt);
    Q_EMIT undone(decision);
    return true;
}

void ReviewDecisions::sendNow()
{
    m_timer.stop();
    if (m_waiting)
        send(*std::exchange(m_waiting, std::nullopt));
}

void ReviewDecisions::send(const ReviewDecision &decision)
{
    Q_EMIT sending(decision);
    ApiReply *reply = m_api->changeRequirementStatus(
        decision.organizationId, decision.supplierId, decision.requirementId,
        requirementStatusName(decision.status), decision.note, decision.version,
        QUuid::createUuid().toString(QUuid::WithoutBraces));
    onReplyFinished(reply, this, [this, decision](ApiReply *answer) {
        if (!answer->ok()) {
            Q_EMIT failed(decision, answer->error());
            return;
        }
        auto supplier = supplierSummaryFromJson(answer->object().value(u"supplier"_s).toObject());
        auto advancement
            = advancementCheckFromJson(answer->object().value(u"advancement"_s).toObject());
        Q_EMIT decided(decision, supplier ? supplier.value() : SupplierSummary {},
                       advancement ? advancement.value() : AdvancementCheck {});
    });
}

} // namespace wedsync
