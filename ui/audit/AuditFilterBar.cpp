#include "audit/AuditFilterBar.h"

#include "WireWords.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateTimeEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace wedsync {

namespace {

// The wire values the server writes, shown in words (AuditModel) and sent as they are.
const QStringList EntityTypes {u"section_configuration"_s, u"session"_s, u"sync_conflict"_s,
                               u"organization"_s};
const QStringList Actions {u"create"_s,
                           u"update"_s,
                           u"delete"_s,
                           u"reorder"_s,
                           u"permissions_update"_s,
                           u"conflict_resolve"_s,
                           u"conflict_dismiss"_s,
                           u"resync"_s,
                           u"login"_s,
                           u"logout"_s,
                           u"refresh_token_reuse"_s};

QComboBox *wordsCombo(const QString &objectName, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    combo->addItem(QString());
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return combo;
}

} // namespace

AuditFilterBar::AuditFilterBar(QWidget *parent)
    : QWidget(parent)
    , m_actor(wordsCombo(u"auditActorFilter"_s, this))
    , m_action(wordsCombo(u"auditActionFilter"_s, this))
    , m_entityType(wordsCombo(u"auditEntityTypeFilter"_s, this))
    , m_entityId(new QLineEdit(this))
    , m_fromEnabled(new QCheckBox(this))
    , m_from(new QDateTimeEdit(this))
    , m_toEnabled(new QCheckBox(this))
    , m_to(new QDateTimeEdit(this))
    , m_apply(new QPushButton(this))
    , m_clear(new QPushButton(this))
    , m_actorLabel(new QLabel(this))
    , m_entityLabel(new QLabel(this))
    , m_actionLabel(new QLabel(this))
    , m_problem(new QLabel(this))
{
    setObjectName(u"auditFilters"_s);
    // People by name or e-mail: type to narrow the list, pick one.
    m_actor->setEditable(true);
    m_actor->setInsertPolicy(QComboBox::NoInsert);
    m_actor->completer()->setFilterMode(Qt::MatchContains);
    m_actor->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_actor->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    for (const QString &type : EntityTypes)
        m_entityType->addItem(AuditModel::entityTypeText(type), type);
    for (const QString &action : Actions)
        m_action->addItem(AuditModel::actionText(action), action);
    m_entityId->setObjectName(u"auditEntityIdFilter"_s);
    m_entityId->setClearButtonEnabled(true);
    m_fromEnabled->setObjectName(u"auditFromEnabled"_s);
    m_toEnabled->setObjectName(u"auditToEnabled"_s);
    for (QDateTimeEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
        edit->setDateTime(QDateTime::currentDateTime());
        edit->setEnabled(false);
    }
    m_from->setObjectName(u"auditFrom"_s);
    m_from->setDateTime(QDateTime::currentDateTime().addDays(-7));
    m_to->setObjectName(u"auditTo"_s);
    m_apply->setObjectName(u"auditApplyButton"_s);
    m_apply->setDefault(true);
    m_clear->setObjectName(u"auditClearButton"_s);
    m_problem->setObjectName(u"auditFilterProblem"_s);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(u"QLabel { color: #c62828; }"_s);
    m_problem->hide();

    // Three rows in reading (and Tab) order, so that a 1024-pixel window in Spanish shows
    // every field whole: who and what was done, to which item, when.
    auto *who = new QHBoxLayout;
    who->addWidget(m_actorLabel);
    who->addWidget(m_actor, 2);
    who->addWidget(m_actionLabel);
    who->addWidget(m_action, 1);
    auto *what = new QHBoxLayout;
    what->addWidget(m_entityLabel);
    what->addWidget(m_entityType, 1);
    what->addWidget(m_entityId, 2);
    auto *when = new QHBoxLayout;
    when->addWidget(m_fromEnabled);
    when->addWidget(m_from);
    when->addWidget(m_toEnabled);
    when->addWidget(m_to);
    when->addStretch(1);
    when->addWidget(m_apply);
    when->addWidget(m_clear);
    auto *rows = new QVBoxLayout(this);
    rows->setContentsMargins(0, 0, 0, 0);
    rows->addLayout(who);
    rows->addLayout(what);
    rows->addLayout(when);
    rows->addWidget(m_problem);

    connect(m_fromEnabled, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_toEnabled, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    connect(m_apply, &QPushButton::clicked, this, &AuditFilterBar::apply);
    connect(m_entityId, &QLineEdit::returnPressed, m_apply, &QPushButton::click);
    connect(m_actor->lineEdit(), &QLineEdit::returnPressed, m_apply, &QPushButton::click);
    connect(m_clear, &QPushButton::clicked, this, [this] {
        setQuery({});
        Q_EMIT applied(query());
    });
    retranslate();
}

void AuditFilterBar::apply()
{
    // Checked here, at the field, rather than by the server's answer later.
    QWidget *wrong = nullptr;
    QString problem;
    const QString typed = m_actor->currentText().trimmed();
    if (!typed.isEmpty() && actorId().isEmpty()) {
        wrong = m_actor;
        problem = tr("Nobody called \"%1\" appears in this audit trail. Pick a person from the "
                     "list, or clear the field.")
                      .arg(typed);
    } else if (m_fromEnabled->isChecked() && m_toEnabled->isChecked()
               && m_to->dateTime() < m_from->dateTime()) {
        wrong = m_to;
        problem = tr("\"Until\" is before \"From\": choose a later end.");
    }
    m_problem->setText(problem);
    m_problem->setVisible(wrong != nullptr);
    for (QWidget *field : {static_cast<QWidget *>(m_actor), static_cast<QWidget *>(m_to)})
        field->setStyleSheet(field == wrong ? u"border: 2px solid #c62828;"_s : QString());
    if (wrong) {
        wrong->setFocus(Qt::OtherFocusReason);
        return;
    }
    Q_EMIT applied(query());
}

QString AuditFilterBar::actorId() const
{
    const QString typed = m_actor->currentText().trimmed();
    if (typed.isEmpty())
        return {};
    const int index = m_actor->findText(typed, Qt::MatchFixedString);
    if (index > 0)
        return m_actor->itemData(index).toString();
    // A pasted id, or an e-mail address, of someone in the list.
    for (int i = 1; i < m_actor->count(); ++i) {
        if (m_actor->itemData(i).toString() == typed
            || m_actor->itemData(i, EmailRole).toString().compare(typed, Qt::CaseInsensitive) == 0)
            return m_actor->itemData(i).toString();
    }
    return {};
}

void AuditFilterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void AuditFilterBar::retranslate()
{
    m_actorLabel->setText(tr("Person"));
    m_actor->setAccessibleName(tr("Filter by person"));
    m_actor->lineEdit()->setPlaceholderText(tr("Anyone (type a name or e-mail)"));
    m_entityLabel->setText(tr("Item"));
    m_entityType->setAccessibleName(tr("Filter by kind of item"));
    m_entityType->setItemText(0, tr("Any kind of item"));
    for (int i = 1; i < m_entityType->count(); ++i)
        m_entityType->setItemText(i,
                                  AuditModel::entityTypeText(m_entityType->itemData(i).toString()));
    m_entityId->setAccessibleName(tr("Filter by item id"));
    m_entityId->setPlaceholderText(tr("Any item id"));
    m_actionLabel->setText(tr("Action"));
    m_action->setAccessibleName(tr("Filter by action"));
    m_action->setItemText(0, tr("Any action"));
    for (int i = 1; i < m_action->count(); ++i)
        m_action->setItemText(i, AuditModel::actionText(m_action->itemData(i).toString()));
    m_fromEnabled->setText(tr("From"));
    m_fromEnabled->setAccessibleName(tr("Only events from a time on"));
    m_toEnabled->setText(tr("Until"));
    m_toEnabled->setAccessibleName(tr("Only events before a time"));
    m_from->setAccessibleName(tr("From time"));
    m_to->setAccessibleName(tr("Until time"));
    m_apply->setText(tr("Apply filters"));
    m_apply->setAccessibleName(tr("Apply the audit filters"));
    m_clear->setText(tr("Clear filters"));
    m_clear->setAccessibleName(tr("Clear the audit filters"));
}

AuditQuery AuditFilterBar::query() const
{
    AuditQuery q;
    q.actorId = actorId();
    q.entityType = m_entityType->currentData().toString();
    q.entityId = m_entityId->text().trimmed();
    q.action = m_action->currentData().toString();
    if (m_fromEnabled->isChecked())
        q.from = m_from->dateTime().toUTC();
    if (m_toEnabled->isChecked())
        q.to = m_to->dateTime().toUTC();
    return q;
}

bool AuditFilterBar::isFiltering() const
{
    const AuditQuery q = query();
    return !q.actorId.isEmpty() || !q.entityType.isEmpty() || !q.entityId.isEmpty()
        || !q.action.isEmpty() || q.from.isValid() || q.to.isValid();
}

void AuditFilterBar::selectData(QComboBox *combo, const QString &value)
{
    int index = value.isEmpty() ? 0 : combo->findData(value);
    if (index < 0) {
        // A value this console has no words for (a newer server): keep it, readable.
        combo->addItem(wireNameAsWords(value), value);
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(index);
}

void AuditFilterBar::setQuery(const AuditQuery &q)
{
    const int actor = q.actorId.isEmpty() ? 0 : m_actor->findData(q.actorId);
    if (actor > 0)
        m_actor->setCurrentIndex(actor);
    else
        m_actor->setCurrentText(q.actorId);
    selectData(m_entityType, q.entityType);
    m_entityId->setText(q.entityId);
    selectData(m_action, q.action);
    m_fromEnabled->setChecked(q.from.isValid());
    if (q.from.isValid())
        m_from->setDateTime(q.from.toLocalTime());
    m_toEnabled->setChecked(q.to.isValid());
    if (q.to.isValid())
        m_to->setDateTime(q.to.toLocalTime());
    m_problem->hide();
    m_actor->setStyleSheet({});
    m_to->setStyleSheet({});
}

void AuditFilterBar::setKnownActors(const QList<AuditModel::Actor> &actors)
{
    const QString typed = m_actor->currentText();
    const QSignalBlocker blocker(m_actor);
    m_actor->clear();
    m_actor->addItem(QString());
    for (const AuditModel::Actor &actor : actors) {
        const QString label = actor.name.isEmpty() || actor.email.isEmpty()
            ? (actor.name.isEmpty() ? actor.email : actor.name)
            : tr("%1 (%2)").arg(actor.name, actor.email);
        m_actor->addItem(label, actor.id);
        m_actor->setItemData(m_actor->count() - 1, actor.email, EmailRole);
    }
    m_actor->setCurrentText(typed);
}

} // namespace wedsync
