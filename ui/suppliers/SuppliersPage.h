#pragma once
// The Suppliers screen (supplier compliance of the organization chosen in the switcher): the
// review queue of submissions, oldest first with their due dates, and every supplier with
// tier and figures; beside them the supplier chosen (SupplierDetailPane). Decisions wait a
// few seconds for Undo before they are sent; a tier switch shows what it adds and what
// becomes legacy and asks first. Live: row changes reload the lists and the supplier open,
// and presence tells who else is reviewing the same supplier.

#include "common/ConsolePage.h"

#include <QHash>
#include <QPointer>

class QLabel;
class QSortFilterProxyModel;
class QSplitter;
class QTabWidget;
class QTableView;
class QTimer;

namespace wedsync {

class ReviewDecisions;
class ReviewQueueModel;
class SupplierDetailPane;
class SupplierFeed;
class SupplierListModel;
class TierSwitcher;
class UserPrompts;
struct ApiError;
struct ComplianceTier;
struct PresentPeer;
struct RequirementRecord;
struct ReviewDecision;
struct SupplierDetail;
struct SupplierSummary;
struct TierSwitchPreview;
struct TierSwitchRequest;

class SuppliersPage : public ConsolePage
{
    Q_OBJECT
public:
    SuppliersPage(SupplierFeed *feed, ReviewDecisions *decisions, TierSwitcher *switcher,
                  UserPrompts *prompts, QWidget *parent = nullptr);
    ~SuppliersPage() override;

    QString pageId() const override { return QStringLiteral("suppliers"); }
    QString title() const override;
    QIcon icon() const override;
    QString badge() const override;
    void activate() override;
    void refresh() override;
    void setSignedInUser(const QString &userId, const QString &label) override;
    bool showExample() override;
    bool showItem(const QString &itemId) override;

    // `mayReview`: coordinators and admins; `mayAdminister`: admins (tier switches);
    // `readOnlyText` says why not, for support staff.
    void setAccess(bool mayReview, bool mayAdminister, const QString &readOnlyText);
    // The organization shown while the switcher says "all" (an account with one).
    void setDefaultOrganization(const QString &organizationId);
    void setDisplayNames(const QHash<QString, QString> &names);

    SupplierDetailPane *details() const { return m_details; }
    QTableView *queueView() const { return m_queueView; }
    QTableView *supplierView() const { return m_supplierView; }

protected:
    void scopeChanged() override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void openOrganization();
    void onQueue(const QList<RequirementRecord> &queue, int total, bool fromCache);
    void onSuppliers(const QList<SupplierSummary> &suppliers, bool fromCache);
    void onDetail(const SupplierDetail &detail);
    void onError(const ApiError &error);
    void onReviewers(const QList<PresentPeer> &reviewers);
    void openSupplier(const QString &supplierId, const QString &recordId = {});
    void decide(int status, const QString &note);
    void updateWaiting();
    void onDecided(const ReviewDecision &decision, const SupplierSummary &supplier,
                   bool eligibleNow);
    void askTierSwitch(const TierSwitchRequest &request, const TierSwitchPreview &plan);
    QString organizationId() const;
    void updateNotice();

    SupplierFeed *m_feed;
    ReviewDecisions *m_decisions;
    TierSwitcher *m_switcher;
    UserPrompts *m_prompts;
    ReviewQueueModel *m_queueModel;
    SupplierListModel *m_supplierModel;
    QSortFilterProxyModel *m_supplierProxy;
    QLabel *m_notice;
    QTabWidget *m_tabs;
    QTableView *m_queueView;
    QTableView *m_supplierView;
    QSplitter *m_splitter;
    SupplierDetailPane *m_details;
    QTimer *m_countdown;
    QString m_defaultOrganization;
    QString m_pendingRecord; // to select once the supplier's detail arrives
    QString m_selfId;
    QString m_selfLabel;
    bool m_activated = false;
    bool m_haveLiveData = false;
    bool m_offline = false;
    QString m_error;
    QHash<QString, QString> m_names;
};

} // namespace wedsync
