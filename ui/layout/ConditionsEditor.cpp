#include "layout/ConditionsEditor.h"

#include "Role.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace wedsync {

namespace {

const QString KeyWeddingAccess = u"hasWeddingAccess"_s;
const QString KeyMinimumRole = u"minimumRole"_s;
const QString KeyCustomField = u"customField"_s;
const QString KeyTimeRestriction = u"timeRestriction"_s;

QDateTime utcMidnight(int daysFromToday)
{
    return QDateTime(QDate::currentDate().addDays(daysFromToday), QTime(0, 0), QTimeZone::utc());
}

QDateTimeEdit *utcEdit(const QString &name, QWidget *parent)
{
    auto *edit = new QDateTimeEdit(parent);
    edit->setObjectName(name);
    edit->setTimeSpec(Qt::UTC);
    edit->setDisplayFormat(u"yyyy-MM-dd HH:mm 'UTC'"_s);
    edit->setCalendarPopup(true);
    return edit;
}

} // namespace

ConditionsEditor::ConditionsEditor(QWidget *parent)
    : QWidget(parent)
    , m_weddingAccess(new QCheckBox(tr("Only people with access to the wedding"), this))
    , m_minimumRole(new QComboBox(this))
    , m_customName(new QLineEdit(this))
    , m_customOperator(new QComboBox(this))
    , m_customValue(new QLineEdit(this))
    , m_timeWindow(new QCheckBox(tr("Only within a time window"), this))
    , m_start(utcEdit(u"inspectorTimeStart"_s, this))
    , m_end(utcEdit(u"inspectorTimeEnd"_s, this))
{
    setObjectName(u"inspectorConditions"_s);
    m_weddingAccess->setObjectName(u"inspectorWeddingAccess"_s);
    m_minimumRole->setObjectName(u"inspectorMinimumRole"_s);
    m_minimumRole->addItem(tr("No minimum"), QString());
    const QList<Role> roles = allRoles();
    for (auto role = roles.crbegin(); role != roles.crend(); ++role)
        m_minimumRole->addItem(roleDisplayName(*role), roleName(*role));
    m_customName->setObjectName(u"inspectorCustomFieldName"_s);
    m_customName->setPlaceholderText(tr("Custom field name, e.g. venue_type"));
    m_customOperator->setObjectName(u"inspectorCustomFieldOperator"_s);
    m_customOperator->addItem(tr("equals"), u"equals"_s);
    m_customOperator->addItem(tr("contains"), u"contains"_s);
    m_customValue->setObjectName(u"inspectorCustomFieldValue"_s);
    m_customValue->setPlaceholderText(tr("Value"));
    m_timeWindow->setObjectName(u"inspectorTimeWindow"_s);
    m_start->setAccessibleName(tr("Window start"));
    m_end->setAccessibleName(tr("Window end"));

    auto *custom = new QHBoxLayout;
    custom->addWidget(m_customOperator);
    custom->addWidget(m_customValue, 1);
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(m_weddingAccess);
    form->addRow(tr("Minimum role"), m_minimumRole);
    form->addRow(tr("Custom field"), m_customName);
    form->addRow(QString(), custom);
    form->addRow(m_timeWindow);
    form->addRow(tr("From"), m_start);
    form->addRow(tr("Until"), m_end);

    connect(m_weddingAccess, &QCheckBox::clicked, this, &ConditionsEditor::readForm);
    connect(m_minimumRole, &QComboBox::activated, this, &ConditionsEditor::readForm);
    connect(m_customName, &QLineEdit::textEdited, this, &ConditionsEditor::readForm);
    connect(m_customOperator, &QComboBox::activated, this, &ConditionsEditor::readForm);
    connect(m_customValue, &QLineEdit::textEdited, this, &ConditionsEditor::readForm);
    connect(m_timeWindow, &QCheckBox::clicked, this, [this](bool on) {
        if (on && m_start->dateTime() >= m_end->dateTime()) {
            const QSignalBlocker startBlocker(m_start);
            const QSignalBlocker endBlocker(m_end);
            m_start->setDateTime(utcMidnight(0));
            m_end->setDateTime(utcMidnight(1));
        }
        readForm();
    });
    connect(m_start, &QDateTimeEdit::dateTimeChanged, this, &ConditionsEditor::readForm);
    connect(m_end, &QDateTimeEdit::dateTimeChanged, this, &ConditionsEditor::readForm);
    setConditions({});
}

void ConditionsEditor::setConditions(const QJsonObject &conditions)
{
    m_conditions = conditions;
    const QList<QWidget *> widgets {m_weddingAccess, m_minimumRole, m_customName, m_customOperator,
                                    m_customValue,   m_timeWindow,  m_start,      m_end};
    QList<std::shared_ptr<QSignalBlocker>> blockers;
    for (QWidget *widget : widgets)
        blockers << std::make_shared<QSignalBlocker>(widget);

    m_weddingAccess->setChecked(conditions.value(KeyWeddingAccess).toBool());

    const QString minimum = conditions.value(KeyMinimumRole).toString();
    int index = m_minimumRole->findData(minimum);
    if (index < 0) { // a name the validator will flag: show it as it is
        m_minimumRole->addItem(minimum, minimum);
        index = m_minimumRole->count() - 1;
    }
    m_minimumRole->setCurrentIndex(index);

    const QJsonObject custom = conditions.value(KeyCustomField).toObject();
    if (m_customName->text() != custom.value(u"field").toString())
        m_customName->setText(custom.value(u"field").toString());
    const int op = m_customOperator->findData(custom.value(u"operator").toString());
    m_customOperator->setCurrentIndex(op < 0 ? 0 : op);
    const QJsonValue value = custom.value(u"value");
    const QString valueText = value.isString() ? value.toString() : value.toVariant().toString();
    if (m_customValue->text() != valueText)
        m_customValue->setText(valueText);

    const QJsonObject window = conditions.value(KeyTimeRestriction).toObject();
    m_timeWindow->setChecked(conditions.contains(KeyTimeRestriction));
    const QDateTime start = QDateTime::fromString(window.value(u"start").toString(), Qt::ISODate);
    const QDateTime end = QDateTime::fromString(window.value(u"end").toString(), Qt::ISODate);
    if (start.isValid())
        m_start->setDateTime(start.toUTC());
    if (end.isValid())
        m_end->setDateTime(end.toUTC());
    updateEnabled();
}

void ConditionsEditor::updateEnabled()
{
    m_customOperator->setEnabled(!m_customName->text().trimmed().isEmpty());
    m_customValue->setEnabled(!m_customName->text().trimmed().isEmpty());
    m_start->setEnabled(m_timeWindow->isChecked());
    m_end->setEnabled(m_timeWindow->isChecked());
}

void ConditionsEditor::readForm()
{
    QJsonObject next = m_conditions;
    if (m_weddingAccess->isChecked())
        next.insert(KeyWeddingAccess, true);
    else
        next.remove(KeyWeddingAccess);

    const QString minimum = m_minimumRole->currentData().toString();
    if (minimum.isEmpty())
        next.remove(KeyMinimumRole);
    else
        next.insert(KeyMinimumRole, minimum);

    const QString field = m_customName->text().trimmed();
    if (field.isEmpty()) {
        next.remove(KeyCustomField);
    } else {
        QJsonObject custom = m_conditions.value(KeyCustomField).toObject();
        custom.insert(u"field"_s, field);
        custom.insert(u"operator"_s, m_customOperator->currentData().toString());
        // A number or flag stored earlier stays one while its text is unchanged.
        const QJsonValue old = custom.value(u"value");
        const QString oldText = old.isString() ? old.toString() : old.toVariant().toString();
        if (old.isUndefined() || oldText != m_customValue->text())
            custom.insert(u"value"_s, m_customValue->text());
        next.insert(KeyCustomField, custom);
    }

    if (m_timeWindow->isChecked()) {
        next.insert(KeyTimeRestriction,
                    QJsonObject {{u"start"_s, m_start->dateTime().toUTC().toString(Qt::ISODate)},
                                 {u"end"_s, m_end->dateTime().toUTC().toString(Qt::ISODate)}});
    } else {
        next.remove(KeyTimeRestriction);
    }
    updateEnabled();
    if (next == m_conditions)
        return;
    m_conditions = next;
    Q_EMIT edited(next);
}

} // namespace wedsync
