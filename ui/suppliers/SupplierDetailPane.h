#pragma once
// One supplier on the Suppliers screen: who they are, their tier and progress toward the next
// one ("Needs 2 more approvals and 30 points for Verified"), their requirements with the
// status history of the one selected, the reviewer's decision on a submission (with a reason
// for a revision or a rejection), the undo strip of a decision not sent yet, the tier switch
// (admins), and who else is reviewing this supplier. Widgets only: the page does the work.

#include "ComplianceStatus.h"
#include "SupplierCompliance.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTableView;

namespace wedsync {

class RequirementRecordModel;

class SupplierDetailPane : public QWidget
{
    Q_OBJECT
public:
    explicit SupplierDetailPane(QWidget *parent = nullptr);

    // `mayReview`: decisions on submissions; `mayAdminister`: tier switches.
    void setRights(bool mayReview, bool mayAdminister, const QString &readOnlyText);
    void setSelf(const QString &userId) { m_selfId = userId; }
    void setNames(const QHash<QString, QString> &names) { m_names = names; }
    void setTiers(const QList<ComplianceTier> &tiers);

    // Shows a supplier (keeps the selected requirement when it is still there).
    void showSupplier(const SupplierSummary &supplier, const QList<RequirementRecord> &records,
                      const AdvancementCheck &advancement);
    void clear(const QString &message);
    QString supplierId() const { return m_supplier.id; }
    const SupplierSummary &supplier() const { return m_supplier; }
    // Selects a requirement (by record id) and puts the keyboard on the decision.
    bool selectRecord(const QString &recordId);
    const RequirementRecord *selectedRecord() const;

    // Other reviewers who have this supplier open.
    void setReviewers(const QStringList &names);
    // The undo strip: a decision waits `seconds` more; empty text hides it.
    void showWaiting(const QString &text);
    // The keyboard goes to Undo (a decision was just made).
    void focusUndo();
    void setBusy(bool busy);
    QString reason() const;
    void clearReason();

    QTableView *requirementView() const { return m_view; }
    RequirementRecordModel *model() const { return m_model; }

Q_SIGNALS:
    void decisionRequested(wedsync::RequirementStatus status, const QString &note);
    void undoRequested();
    void tierSwitchRequested(const QString &tierId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showHistory();
    void updateButtons();
    QString nameOf(const QString &id) const;

    SupplierSummary m_supplier;
    AdvancementCheck m_advancement;
    QList<ComplianceTier> m_tiers;
    QHash<QString, QString> m_names;
    QString m_selfId;
    bool m_mayReview = false;
    bool m_mayAdminister = false;
    bool m_busy = false;

    QLabel *m_title;
    QLabel *m_subtitle;
    QLabel *m_reviewers;
    QProgressBar *m_progress;
    QLabel *m_advancementText;
    QLabel *m_figures;
    RequirementRecordModel *m_model;
    QTableView *m_view;
    QLabel *m_historyLabel;
    QListWidget *m_history;
    QLabel *m_reasonLabel;
    QLineEdit *m_reason;
    QPushButton *m_approve;
    QPushButton *m_revision;
    QPushButton *m_reject;
    QLabel *m_decisionHint;
    QWidget *m_undoStrip;
    QLabel *m_undoText;
    QPushButton *m_undo;
    QLabel *m_tierLabel;
    QComboBox *m_tier;
    QPushButton *m_switchTier;
    QLabel *m_readOnly;
};

} // namespace wedsync
