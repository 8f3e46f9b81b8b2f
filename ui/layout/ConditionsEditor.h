#pragma once
// The inspector's form for a section's visibility conditions (core/VisibilityConditions.h):
// wedding access, minimum role, one custom field that equals or contains a value, and a time
// window. Keys it does not know are kept as they are.

#include <QJsonObject>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLineEdit;

namespace wedsync {

class ConditionsEditor : public QWidget
{
    Q_OBJECT
public:
    explicit ConditionsEditor(QWidget *parent = nullptr);

    // Shows `conditions` without emitting edited().
    void setConditions(const QJsonObject &conditions);
    QJsonObject conditions() const { return m_conditions; }

Q_SIGNALS:
    // The planner changed something: the whole conditions object as it now is.
    void edited(const QJsonObject &conditions);

private:
    void readForm();
    void updateEnabled();

    QJsonObject m_conditions;
    QCheckBox *m_weddingAccess;
    QComboBox *m_minimumRole;
    QLineEdit *m_customName;
    QComboBox *m_customOperator;
    QLineEdit *m_customValue;
    QCheckBox *m_timeWindow;
    QDateTimeEdit *m_start;
    QDateTimeEdit *m_end;
};

} // namespace wedsync
