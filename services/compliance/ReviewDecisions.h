#pragma once
// A reviewer's decisions on submitted requirements (approve, ask for a revision, reject),
// held back for a few seconds so that "Undo" can take one back before anything is sent; then
// sent with the record's version (If-Match) and an idempotency key. One decision waits at a
// time: a new one sends the waiting one first.

#include "ComplianceProgress.h"
#include "ComplianceStatus.h"
#include "SupplierCompliance.h"
#include "api/ApiError.h"

#include <QObject>
#include <QTimer>

#include <algorithm>
#include <optional>

namespace wedsync {

class ApiClient;

struct ReviewDecision
{
    QString organizationId;
    QString supplierId;
    QString supplierName;
    QString requirementId;
    QString title;
    RequirementStatus status = RequirementStatus::Approved; // approved, revision_required, rejected
    QString note; // required for a revision or a rejection
    qint64 version = 0; // the record's, as the reviewer saw it
};

class ReviewDecisions : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultUndoMs = 5000;

    explicit ReviewDecisions(ApiClient *api, QObject *parent = nullptr);
    ~ReviewDecisions() override;

    void setUndoMs(int ms) { m_timer.setInterval(ms); }
    int undoMs() const { return m_timer.interval(); }
    // How long the waiting decision has before it is sent (0 without one).
    int remainingMs() const { return m_waiting ? std::max(0, m_timer.remainingTime()) : 0; }

    // Holds `decision` for the undo time (sending a decision still waiting first).
    void propose(const ReviewDecision &decision);
    // Takes back the waiting decision; false if there is none (it was sent already).
    bool undo();
    // Sends the waiting decision now (the window closes, another account signs in).
    void sendNow();
    std::optional<ReviewDecision> waiting() const { return m_waiting; }

Q_SIGNALS:
    void proposed(const wedsync::ReviewDecision &decision);
    void undone(const wedsync::ReviewDecision &decision);
    void sending(const wedsync::ReviewDecision &decision);
    // The server recorded it: the supplier's figures and advancement as they are now.
    void decided(const wedsync::ReviewDecision &decision, const wedsync::SupplierSummary &supplier,
                 const wedsync::AdvancementCheck &advancement);
    void failed(const wedsync::ReviewDecision &decision, const wedsync::ApiError &error);

private:
    void send(const ReviewDecision &decision);

    ApiClient *m_api;
    QTimer m_timer;
    std::optional<ReviewDecision> m_waiting;
};

} // namespace wedsync

Q_DECLARE_METATYPE(wedsync::ReviewDecision)
