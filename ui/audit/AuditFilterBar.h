#pragma once
// The audit page's filters: actor, entity (type and id), event type (action) and a time range.

#include "feeds/AuditQuery.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPushButton;

namespace wedsync {

class AuditFilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit AuditFilterBar(QWidget *parent = nullptr);

    AuditQuery query() const;
    void setQuery(const AuditQuery &query);
    // Actors seen in rows (id -> what to show), offered in the actor box.
    void addKnownActors(const QStringList &actorIds);

Q_SIGNALS:
    void applied(const wedsync::AuditQuery &query);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QComboBox *m_actor;
    QComboBox *m_entityType;
    QLineEdit *m_entityId;
    QComboBox *m_action;
    QCheckBox *m_fromEnabled;
    QDateTimeEdit *m_from;
    QCheckBox *m_toEnabled;
    QDateTimeEdit *m_to;
    QPushButton *m_apply;
    QPushButton *m_clear;
    QLabel *m_actorLabel;
    QLabel *m_entityLabel;
    QLabel *m_actionLabel;
};

} // namespace wedsync
