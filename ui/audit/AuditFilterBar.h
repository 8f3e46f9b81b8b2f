#pragma once
// The audit page's filters: the person (picked by name or e-mail), the kind of item and its id,
// the action (in words) and a time range; checked at the field before the query goes out.

#include "AuditModel.h"
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
    // The people the rows name, offered in the person picker by name and e-mail.
    void setKnownActors(const QList<AuditModel::Actor> &actors);
    // Any filter set (for "No events match — Clear filters").
    bool isFiltering() const;

Q_SIGNALS:
    void applied(const wedsync::AuditQuery &query);

protected:
    void changeEvent(QEvent *event) override;

private:
    static constexpr int EmailRole = Qt::UserRole + 1;

    void retranslate();
    void apply();
    QString actorId() const;
    static void selectData(QComboBox *combo, const QString &value);

    // Made in this order, which is Tab's: who and what was done, then to what (the rows).
    QComboBox *m_actor;
    QComboBox *m_action;
    QComboBox *m_entityType;
    QLineEdit *m_entityId;
    QCheckBox *m_fromEnabled;
    QDateTimeEdit *m_from;
    QCheckBox *m_toEnabled;
    QDateTimeEdit *m_to;
    QPushButton *m_apply;
    QPushButton *m_clear;
    QLabel *m_actorLabel;
    QLabel *m_entityLabel;
    QLabel *m_actionLabel;
    QLabel *m_problem; // what is wrong with a filter, under the fields
};

} // namespace wedsync
