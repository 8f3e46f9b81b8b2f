#pragma once
// "What does Val, the vendor, get on the wedding day, and why?": every section of the matrix
// being edited (saved or not) evaluated by the permission engine for one real member (with
// their wedding access) or for anyone holding a role, in one wedding or organization-wide, at
// one moment; each section's flags with the engine's reasons in the order it applied them.
// The same engine the server's /permissions/effective runs, so both always agree.

#include "PermissionEngine.h"
#include "feeds/OrganizationFeed.h"

#include <QDateTime>
#include <QWidget>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace wedsync {

class LayoutDocument;

class EvaluatePane : public QWidget
{
    Q_OBJECT
public:
    explicit EvaluatePane(LayoutDocument *document, QWidget *parent = nullptr);

    void setMembers(const QList<UserProfile> &members);
    void setWeddings(const QList<WeddingItem> &weddings);
    // The wedding chosen in the switcher, preselected (empty: organization-wide).
    void setDefaultWedding(const QString &weddingId);
    // Chooses who is evaluated: a member's id, or (empty id) anyone with `role`.
    void evaluateFor(const QString &userId, Role role = Role::Vendor);
    void setWedding(const QString &weddingId);
    // By the couple's name, as the list shows it; false when there is no such wedding.
    bool chooseWedding(const QString &coupleName);
    void setMoment(const QDateTime &at);
    // The wedding's date at midday in the venue's zone (the wedding-day phase).
    void setMomentToWeddingDay();

    // The moment evaluated, in UTC (the time field's, to the minute).
    QDateTime moment() const;
    // What is on screen, by section id.
    const QHash<QString, EffectivePermission> &results() const { return m_results; }
    QTreeWidget *resultTree() const { return m_tree; }

Q_SIGNALS:
    void sectionActivated(const QString &sectionId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillPeople();
    void fillWeddings();
    void recompute();
    const UserProfile *chosenPerson() const;
    std::optional<WeddingContext> chosenWedding() const;

    LayoutDocument *m_document;
    QList<UserProfile> m_members;
    QList<WeddingItem> m_weddings;
    QString m_defaultWedding;
    QLabel *m_whoLabel;
    QComboBox *m_person;
    QLabel *m_whereLabel;
    QComboBox *m_wedding;
    QLabel *m_whenLabel;
    QDateTimeEdit *m_moment;
    QLabel *m_venueTime;
    QPushButton *m_now;
    QPushButton *m_weddingDay;
    QLabel *m_summary;
    QTreeWidget *m_tree;
    QHash<QString, EffectivePermission> m_results;
    bool m_recomputePending = false;
};

} // namespace wedsync
