#pragma once
// A supplier's tier switch in two steps: the preview (the server's dry run: which
// requirements are added and which become legacy), then the switch itself at the supplier's
// version (If-Match), after the admin said yes.

#include "SupplierCompliance.h"
#include "api/ApiError.h"

#include <QObject>
#include <QPointer>

namespace wedsync {

class ApiClient;
class ApiReply;

struct TierSwitchRequest
{
    QString organizationId;
    QString supplierId;
    QString tierId;
    qint64 supplierVersion = 0;
};

class TierSwitcher : public QObject
{
    Q_OBJECT
public:
    explicit TierSwitcher(ApiClient *api, QObject *parent = nullptr);

    void preview(const TierSwitchRequest &request);
    void apply(const TierSwitchRequest &request);
    bool isBusy() const { return !m_reply.isNull(); }

Q_SIGNALS:
    void previewReady(const wedsync::TierSwitchRequest &request,
                      const wedsync::TierSwitchPreview &plan);
    void switched(const wedsync::TierSwitchRequest &request,
                  const wedsync::SupplierSummary &supplier);
    void failed(const wedsync::TierSwitchRequest &request, const wedsync::ApiError &error);

private:
    void run(const TierSwitchRequest &request, bool dryRun);

    ApiClient *m_api;
    QPointer<ApiReply> m_reply;
};

} // namespace wedsync

Q_DECLARE_METATYPE(wedsync::TierSwitchRequest)
