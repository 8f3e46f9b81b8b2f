#include "config/ConfigEditPanel.h"

#include "ConfigModels.h"
#include "api/ApiError.h"
#include "config/ConfigActions.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace wedsync {

ConfigEditPanel::ConfigEditPanel(ConfigActions *actions, QWidget *parent)
    : QWidget(parent)
    , m_actions(actions)
    , m_model(new ConfigDocumentModel(this))
    , m_heading(new QLabel(this))
    , m_view(new QTableView(this))
    , m_add(new QPushButton(this))
    , m_remove(new QPushButton(this))
    , m_summaryLabel(new QLabel(this))
    , m_summary(new QLineEdit(this))
    , m_save(new QPushButton(this))
    , m_propose(new QPushButton(this))
    , m_reload(new QPushButton(this))
    , m_message(new QLabel(this))
{
    setObjectName(u"configEditPanel"_s);
    m_heading->setObjectName(u"configEditHeading"_s);
    m_heading->setWordWrap(true);
    m_view->setObjectName(u"configDocument"_s);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->setColumnWidth(ConfigDocumentModel::PathColumn, 260);
    m_view->setColumnWidth(ConfigDocumentModel::ValueColumn, 220);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::AnyKeyPressed);
    m_add->setObjectName(u"configAddField"_s);
    m_remove->setObjectName(u"configRemoveField"_s);
    m_summary->setObjectName(u"configSummary"_s);
    m_summary->setMaxLength(500);
    m_summaryLabel->setBuddy(m_summary);
    m_save->setObjectName(u"configSave"_s);
    m_save->setDefault(true);
    m_propose->setObjectName(u"configPropose"_s);
    m_reload->setObjectName(u"configReload"_s);
    m_reload->hide();
    m_message->setObjectName(u"configEditMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    auto *rows = new QHBoxLayout;
    rows->addWidget(m_add);
    rows->addWidget(m_remove);
    rows->addStretch(1);
    auto *summary = new QHBoxLayout;
    summary->addWidget(m_summaryLabel);
    summary->addWidget(m_summary, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_reload);
    buttons->addStretch(1);
    buttons->addWidget(m_propose);
    buttons->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_view, 1);
    layout->addLayout(rows);
    layout->addWidget(m_message);
    layout->addLayout(summary);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, [this] {
        const int row = m_model->addRow();
        m_view->setCurrentIndex(m_model->index(row, ConfigDocumentModel::PathColumn));
        m_view->edit(m_view->currentIndex());
        updateButtons();
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        m_model->removeRow(m_view->currentIndex().row());
        updateButtons();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] { updateButtons(); });
    connect(m_save, &QPushButton::clicked, this, [this] { save(false); });
    connect(m_propose, &QPushButton::clicked, this, [this] { save(true); });
    connect(m_reload, &QPushButton::clicked, this, [this] {
        m_hasBase = false; // the next view replaces the edits
        m_newerElsewhere = false;
        m_message->hide();
        m_reload->hide();
        Q_EMIT reloadRequested();
    });
    connect(m_actions, &ConfigActions::saved, this, [this](const ConfigView &view) {
        m_hasBase = false;
        m_summary->clear();
        setView(view);
        showMessage(tr("Saved as version %1.").arg(view.version));
        Q_EMIT statusMessage(m_message->text());
    });
    connect(m_actions, &ConfigActions::proposed, this, [this](const ConfigChangeRequest &request) {
        m_summary->clear();
        // The proposal lives in the change request now: the editor shows the settings as they
        // are, which is what stays in effect until another admin approves it.
        if (m_hasBase)
            m_model->setDocument(m_base.document);
        showMessage(tr("Proposed: “%1”. Another admin approves or rejects it on the Change "
                       "requests tab; until then the settings stay as they are.")
                        .arg(request.summary));
        Q_EMIT statusMessage(m_message->text());
    });
    connect(m_actions, &ConfigActions::staleWrite, this,
            [this](const ApiError &, const std::optional<ConfigView> &current) {
                const QString text = current
                    ? tr("Someone else changed these settings meanwhile (now version %1). Your "
                         "edits were not saved; reload to see their change, then edit again.")
                          .arg(current->version)
                    : tr("Someone else changed these settings meanwhile. Your edits were not "
                         "saved; reload to see their change, then edit again.");
                showMessage(text, true);
                Q_EMIT statusMessage(text);
            });
    connect(m_actions, &ConfigActions::failed, this, &ConfigEditPanel::onFailed);
    retranslate();
    updateButtons();
}

void ConfigEditPanel::setView(const ConfigView &view)
{
    const bool sameScope
        = m_hasBase && m_base.scope == view.scope && m_base.settingType == view.settingType;
    if (sameScope && m_model->isModified()) {
        if (view.version != m_base.version) {
            m_newerElsewhere = true;
            showMessage(tr("These settings changed elsewhere (now version %1) while you edit; "
                           "saving will be refused. Reload to start from the new version.")
                            .arg(view.version),
                        true);
        }
        return;
    }
    if (sameScope && view.version == m_base.version) {
        m_base = view; // the same document again (a reload): an open cell editor stays open
        return;
    }
    m_base = view;
    m_hasBase = true;
    m_newerElsewhere = false;
    m_model->setDocument(view.document);
    if (!m_reload->isHidden()) {
        m_reload->hide();
        m_message->hide();
    }
    retranslate();
    updateButtons();
}

void ConfigEditPanel::clear()
{
    m_hasBase = false;
    m_base = {};
    m_model->setDocument({});
    m_message->hide();
    m_reload->hide();
    updateButtons();
}

void ConfigEditPanel::setWritable(bool mayWrite, bool mayPropose, const QString &readOnlyText)
{
    m_mayWrite = mayWrite;
    m_mayPropose = mayPropose;
    m_readOnlyText = readOnlyText;
    m_view->setEditTriggers(mayWrite || mayPropose ? QAbstractItemView::DoubleClicked
                                    | QAbstractItemView::EditKeyPressed
                                    | QAbstractItemView::AnyKeyPressed
                                                   : QAbstractItemView::NoEditTriggers);
    retranslate();
    updateButtons();
}

bool ConfigEditPanel::hasUnsavedChanges() const
{
    return m_hasBase && m_model->isModified();
}

void ConfigEditPanel::save(bool asRequest)
{
    QJsonObject document;
    QString problem;
    if (!m_model->document(&document, &problem)) {
        showMessage(problem);
        return;
    }
    m_message->hide();
    if (asRequest)
        m_actions->propose(m_base.scope, m_base.settingType, document, m_summary->text());
    else
        m_actions->save(m_base, document, m_summary->text());
}

void ConfigEditPanel::onFailed(const QString &what, const ApiError &error)
{
    if (what != u"save" && what != u"propose")
        return;
    QHash<QString, QString> fields;
    for (const QJsonValue &value : error.details.value(u"fields"_s).toArray()) {
        const QJsonObject field = value.toObject();
        fields.insert(field.value(u"field"_s).toString(), field.value(u"message"_s).toString());
    }
    const QStringList elsewhere = m_model->setErrors(fields);
    QString text = what == u"save" ? tr("The settings were not saved: %1").arg(error.message)
                                   : tr("The change was not proposed: %1").arg(error.message);
    if (error.message.isEmpty())
        text = error.userMessage();
    if (!elsewhere.isEmpty())
        text += u"\n"_s + elsewhere.join(u'\n');
    else if (!fields.isEmpty())
        text += u' ' + tr("The fields in question say why, in the Problem column.");
    showMessage(text);
    Q_EMIT statusMessage(text);
}

void ConfigEditPanel::showMessage(const QString &text, bool offerReload)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
    m_reload->setVisible(offerReload);
}

void ConfigEditPanel::updateButtons()
{
    const bool editable = m_hasBase && (m_mayWrite || m_mayPropose);
    m_add->setEnabled(editable);
    m_remove->setEnabled(editable && m_view->currentIndex().isValid());
    m_summary->setEnabled(editable);
    m_save->setEnabled(m_hasBase && m_mayWrite);
    m_propose->setEnabled(m_hasBase && m_mayPropose);
    m_propose->setVisible(m_mayPropose);
}

void ConfigEditPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ConfigEditPanel::retranslate()
{
    QString heading;
    if (!m_hasBase)
        heading = tr("Choose a level and a setting type above.");
    else if (!m_mayWrite && !m_mayPropose)
        heading = m_readOnlyText;
    else if (m_base.version == 0)
        heading = tr("This level sets nothing of its own yet: every value comes from above. "
                     "Add a field to set one here.");
    else
        heading = tr("What this level sets itself (version %1). Double-click a field or value to "
                     "change it; a value is text, a number, true/false or JSON.")
                      .arg(m_base.version);
    m_heading->setText(heading);
    m_view->setAccessibleName(tr("Own settings"));
    m_add->setText(tr("&Add field"));
    m_remove->setText(tr("Re&move field"));
    m_summaryLabel->setText(tr("S&ummary of the change:"));
    m_summary->setPlaceholderText(tr("What changed and why (shown in the history)"));
    m_save->setText(tr("&Save"));
    m_propose->setText(tr("&Propose for approval"));
    m_reload->setText(tr("Reloa&d"));
}

} // namespace wedsync
