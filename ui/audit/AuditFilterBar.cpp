#include "audit/AuditFilterBar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace wedsync {

namespace {

QComboBox *editableCombo(const QString &objectName, const QStringList &values, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->addItem(QString());
    combo->addItems(values);
    return combo;
}

} // namespace

AuditFilterBar::AuditFilterBar(QWidget *parent)
    : QWidget(parent)
    , m_actor(editableCombo(u"auditActorFilter"_s, {}, this))
    , m_entityType(editableCombo(u"auditEntityTypeFilter"_s,
                                 {u"section_configuration"_s, u"session"_s, u"sync_conflict"_s},
                                 this))
    , m_entityId(new QLineEdit(this))
    , m_action(editableCombo(u"auditActionFilter"_s,
                             {u"create"_s, u"update"_s, u"delete"_s, u"reorder"_s,
                              u"permissions_update"_s, u"login"_s, u"logout"_s},
                             this))
    , m_fromEnabled(new QCheckBox(this))
    , m_from(new QDateTimeEdit(this))
    , m_toEnabled(new QCheckBox(this))
    , m_to(new QDateTimeEdit(this))
    , m_apply(new QPushButton(this))
    , m_clear(new QPushButton(this))
    , m_actorLabel(new QLabel(this))
    , m_entityLabel(new QLabel(this))
    , m_actionLabel(new QLabel(this))
{
    setObjectName(u"auditFilters"_s);
    m_entityId->setObjectName(u"auditEntityIdFilter"_s);
    m_entityId->setClearButtonEnabled(true);
    m_fromEnabled->setObjectName(u"auditFromEnabled"_s);
    m_toEnabled->setObjectName(u"auditToEnabled"_s);
    for (QDateTimeEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(u"yyyy-MM-dd HH:mm"_s);
        edit->setDateTime(QDateTime::currentDateTime());
        edit->setEnabled(false);
    }
    m_from->setObjectName(u"auditFrom"_s);
    m_from->setDateTime(QDateTime::currentDateTime().addDays(-7));
    m_to->setObjectName(u"auditTo"_s);
    m_apply->setObjectName(u"auditApplyButton"_s);
    m_apply->setDefault(true);
    m_clear->setObjectName(u"auditClearButton"_s);

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_actorLabel, 0, 0);
    grid->addWidget(m_actor, 0, 1);
    grid->addWidget(m_entityLabel, 0, 2);
    grid->addWidget(m_entityType, 0, 3);
    grid->addWidget(m_entityId, 0, 4);
    grid->addWidget(m_actionLabel, 0, 5);
    grid->addWidget(m_action, 0, 6);
    grid->addWidget(m_fromEnabled, 1, 0);
    grid->addWidget(m_from, 1, 1);
    grid->addWidget(m_toEnabled, 1, 2);
    grid->addWidget(m_to, 1, 3);
    grid->addWidget(m_apply, 1, 5);
    grid->addWidget(m_clear, 1, 6);
    grid->setColumnStretch(4, 1);

    connect(m_fromEnabled, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_toEnabled, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    connect(m_apply, &QPushButton::clicked, this, [this] { Q_EMIT applied(query()); });
    connect(m_entityId, &QLineEdit::returnPressed, m_apply, &QPushButton::click);
    connect(m_clear, &QPushButton::clicked, this, [this] {
        setQuery({});
        Q_EMIT applied(query());
    });
    retranslate();
}

void AuditFilterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void AuditFilterBar::retranslate()
{
    m_actorLabel->setText(tr("Actor"));
    m_actor->setAccessibleName(tr("Filter by actor"));
    m_actor->lineEdit()->setPlaceholderText(tr("Any actor (id)"));
    m_entityLabel->setText(tr("Entity"));
    m_entityType->setAccessibleName(tr("Filter by entity type"));
    m_entityType->lineEdit()->setPlaceholderText(tr("Any entity type"));
    m_entityId->setAccessibleName(tr("Filter by entity id"));
    m_entityId->setPlaceholderText(tr("Any entity id"));
    m_actionLabel->setText(tr("Event type"));
    m_action->setAccessibleName(tr("Filter by event type"));
    m_action->lineEdit()->setPlaceholderText(tr("Any event type"));
    m_fromEnabled->setText(tr("From"));
    m_fromEnabled->setAccessibleName(tr("Only events from a time on"));
    m_toEnabled->setText(tr("Until"));
    m_toEnabled->setAccessibleName(tr("Only events before a time"));
    m_from->setAccessibleName(tr("From time"));
    m_to->setAccessibleName(tr("Until time"));
    m_apply->setText(tr("Apply filters"));
    m_apply->setAccessibleName(tr("Apply the audit filters"));
    m_clear->setText(tr("Clear"));
    m_clear->setAccessibleName(tr("Clear the audit filters"));
}

AuditQuery AuditFilterBar::query() const
{
    AuditQuery q;
    q.actorId = m_actor->currentText().trimmed();
    q.entityType = m_entityType->currentText().trimmed();
    q.entityId = m_entityId->text().trimmed();
    q.action = m_action->currentText().trimmed();
    if (m_fromEnabled->isChecked())
        q.from = m_from->dateTime().toUTC();
    if (m_toEnabled->isChecked())
        q.to = m_to->dateTime().toUTC();
    return q;
}

void AuditFilterBar::setQuery(const AuditQuery &q)
{
    m_actor->setCurrentText(q.actorId);
    m_entityType->setCurrentText(q.entityType);
    m_entityId->setText(q.entityId);
    m_action->setCurrentText(q.action);
    m_fromEnabled->setChecked(q.from.isValid());
    if (q.from.isValid())
        m_from->setDateTime(q.from.toLocalTime());
    m_toEnabled->setChecked(q.to.isValid());
    if (q.to.isValid())
        m_to->setDateTime(q.to.toLocalTime());
}

void AuditFilterBar::addKnownActors(const QStringList &actorIds)
{
    for (const QString &id : actorIds) {
        if (!id.isEmpty() && m_actor->findText(id) < 0)
            m_actor->addItem(id);
    }
}

} // namespace wedsync
