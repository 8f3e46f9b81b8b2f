#include "conflicts/ConflictDetailPane.h"

#include "ConflictListModel.h"
#include "ConflictMergeModel.h"
#include "JsonDiff.h"
#include "WireWords.h"
#include "conflicts/MergeFieldDelegate.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace wedsync {

ConflictDetailPane::ConflictDetailPane(QWidget *parent)
    : QWidget(parent)
    , m_model(new ConflictMergeModel(this))
    , m_title(new QLabel(this))
    , m_sides(new QLabel(this))
    , m_note(new QLabel(this))
    , m_view(new QTableView(this))
    , m_fieldHint(new QLabel(this))
    , m_keepMine(new QPushButton(this))
    , m_keepTheirs(new QPushButton(this))
    , m_ownValue(new QLineEdit(this))
    , m_useValue(new QPushButton(this))
    , m_allMine(new QPushButton(this))
    , m_allTheirs(new QPushButton(this))
    , m_undo(new QPushButton(this))
    , m_redo(new QPushButton(this))
    , m_progress(new QLabel(this))
    , m_errors(new QLabel(this))
    , m_dismiss(new QPushButton(this))
    , m_apply(new QPushButton(this))
{
    setObjectName(u"conflictDetail"_s);
    m_title->setObjectName(u"conflictTitle"_s);
    m_title->setTextFormat(Qt::PlainText);
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_title->setFont(bold);
    m_sides->setObjectName(u"conflictSides"_s);
    m_sides->setWordWrap(true);
    m_sides->setTextFormat(Qt::PlainText);
    m_note->setObjectName(u"conflictNote"_s);
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText);
    m_note->hide();
    m_errors->setObjectName(u"conflictErrors"_s);
    m_errors->setWordWrap(true);
    m_errors->setTextFormat(Qt::PlainText);
    m_errors->setStyleSheet(u"color: palette(link);"_s);
    m_errors->hide();
    m_progress->setObjectName(u"conflictChoiceProgress"_s);
    m_fieldHint->setObjectName(u"conflictFieldHint"_s);
    m_fieldHint->setWordWrap(true);

    m_view->setObjectName(u"conflictFields"_s);
    m_view->setModel(m_model);
    m_view->setItemDelegate(new MergeFieldDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setTabKeyNavigation(false);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Stretch);
    header->setSectionResizeMode(ConflictMergeModel::FieldColumn, QHeaderView::ResizeToContents);

    m_keepMine->setObjectName(u"keepMineButton"_s);
    m_keepTheirs->setObjectName(u"keepTheirsButton"_s);
    m_ownValue->setObjectName(u"ownValueEdit"_s);
    m_ownValue->setClearButtonEnabled(true);
    m_useValue->setObjectName(u"useValueButton"_s);
    m_allMine->setObjectName(u"allMineButton"_s);
    m_allTheirs->setObjectName(u"allTheirsButton"_s);
    m_undo->setObjectName(u"undoChoiceButton"_s);
    m_redo->setObjectName(u"redoChoiceButton"_s);
    m_dismiss->setObjectName(u"dismissConflictButton"_s);
    m_apply->setObjectName(u"applyResolutionButton"_s);
    m_apply->setDefault(true);

    auto *choice = new QHBoxLayout;
    choice->addWidget(m_keepMine);
    choice->addWidget(m_keepTheirs);
    choice->addWidget(m_ownValue, 1);
    choice->addWidget(m_useValue);

    auto *all = new QHBoxLayout;
    all->addWidget(m_allMine);
    all->addWidget(m_allTheirs);
    all->addWidget(m_undo);
    all->addWidget(m_redo);
    all->addStretch(1);

    auto *finish = new QHBoxLayout;
    finish->addWidget(m_progress, 1);
    finish->addWidget(m_dismiss);
    finish->addWidget(m_apply);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_sides);
    layout->addWidget(m_note);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_fieldHint);
    layout->addLayout(choice);
    layout->addLayout(all);
    layout->addWidget(m_errors);
    layout->addLayout(finish);

    connect(m_model, &ConflictMergeModel::choicesChanged, this, &ConflictDetailPane::updateState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ConflictDetailPane::updateState);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ConflictDetailPane::onCurrentFieldChanged);
    connect(m_keepMine, &QPushButton::clicked, this, [this] { chooseMine(selectedPath()); });
    connect(m_keepTheirs, &QPushButton::clicked, this, [this] { chooseTheirs(selectedPath()); });
    connect(m_useValue, &QPushButton::clicked, this,
            [this] { chooseValue(selectedPath(), m_ownValue->text()); });
    connect(m_ownValue, &QLineEdit::returnPressed, m_useValue, &QPushButton::click);
    connect(m_allMine, &QPushButton::clicked, this,
            [this] { m_model->chooseAll(FieldChoice::Side::Mine); });
    connect(m_allTheirs, &QPushButton::clicked, this,
            [this] { m_model->chooseAll(FieldChoice::Side::Theirs); });
    connect(m_undo, &QPushButton::clicked, m_model->undoStack(), &QUndoStack::undo);
    connect(m_redo, &QPushButton::clicked, m_model->undoStack(), &QUndoStack::redo);
    connect(m_model->undoStack(), &QUndoStack::indexChanged, this,
            &ConflictDetailPane::updateState);
    connect(m_dismiss, &QPushButton::clicked, this, &ConflictDetailPane::dismissRequested);
    connect(m_apply, &QPushButton::clicked, this, [this] {
        const QString kind = m_model->resolutionKind();
        if (kind.isEmpty())
            return;
        const Result<QJsonObject> document = m_model->result();
        if (!document) {
            showResultError(document.error());
            return;
        }
        Q_EMIT applyRequested(kind, kind == u"merged"_s ? document.value() : QJsonObject());
    });

    retranslate();
    clear();
}

ConflictDetailPane::~ConflictDetailPane()
{
    // The children go after this part of the object: what they signal while they are torn
    // down (a selection cleared, a model reset) must not reach it.
    for (QObject *child : findChildren<QObject *>())
        child->disconnect(this);
}

QUndoStack *ConflictDetailPane::undoStack() const
{
    return m_model->undoStack();
}

void ConflictDetailPane::setNames(const QHash<QString, QString> &names)
{
    m_names = names;
    if (m_model->hasConflict())
        retranslate();
}

QString ConflictDetailPane::personName(const QString &id) const
{
    if (id.isEmpty())
        return tr("someone");
    const QString name = m_names.value(id);
    return name.isEmpty() ? shortenedId(id) : name;
}

void ConflictDetailPane::showConflict(const ConflictItem &item, const QString &note)
{
    m_noteText = note;
    m_errors->hide();
    m_model->setConflict(item);
    retranslate();
    // The first field to decide is where the keyboard starts.
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->needsChoice(row)) {
            m_view->setCurrentIndex(m_model->index(row, 0));
            break;
        }
    }
    if (!m_view->currentIndex().isValid() && m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, 0));
    updateState();
}

void ConflictDetailPane::clear(const QString &hint)
{
    m_emptyHint = hint;
    m_noteText.clear();
    m_errors->hide();
    m_model->clear();
    retranslate();
    updateState();
}

void ConflictDetailPane::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    updateState();
}

void ConflictDetailPane::setBusy(bool busy)
{
    m_busy = busy;
    updateState();
}

void ConflictDetailPane::showError(const QString &message)
{
    m_errors->setText(message);
    m_errors->setVisible(!message.isEmpty());
}

void ConflictDetailPane::showResultError(const Error &error)
{
    QStringList lines;
    for (const FieldError &field : error.fields)
        lines.append(tr("%1: %2").arg(m_model->fieldName(field.field), field.message));
    showError(lines.isEmpty() ? error.message : lines.join(u'\n'));
}

QString ConflictDetailPane::selectedPath() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_model->field(current.row()).path : QString();
}

bool ConflictDetailPane::chooseMine(const QString &path)
{
    m_errors->hide();
    return m_model->choose(path, FieldChoice {FieldChoice::Side::Mine, {}});
}

bool ConflictDetailPane::chooseTheirs(const QString &path)
{
    m_errors->hide();
    return m_model->choose(path, FieldChoice {FieldChoice::Side::Theirs, {}});
}

bool ConflictDetailPane::chooseValue(const QString &path, const QString &text)
{
    const int row = m_model->rowOf(path);
    if (row < 0 || !m_model->needsChoice(row))
        return false;
    const MergeField &field = m_model->field(row);
    // Text fields take the text as it is; the others are read as JSON.
    const bool textField = field.mine.isString() || field.theirs.isString();
    QJsonValue value;
    if (textField) {
        value = text;
    } else {
        const std::optional<QJsonValue> typed = jsonValueFromText(text);
        if (!typed) {
            showError(tr("“%1” is not a value this field can take. Type it as JSON, for "
                         "example [\"admin\", \"coordinator\"] for a list, 6 for a number.")
                          .arg(text));
            return false;
        }
        value = *typed;
    }
    m_errors->hide();
    const bool changed = m_model->choose(path, FieldChoice {FieldChoice::Side::Custom, value});
    // Checked at once with the other choices, by the entity's rules.
    if (changed && m_model->isComplete()) {
        if (const Result<QJsonObject> result = m_model->result(); !result)
            showResultError(result.error());
    }
    return changed;
}

void ConflictDetailPane::onCurrentFieldChanged()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid()) {
        m_ownValue->clear();
        updateState();
        return;
    }
    const MergeField &field = m_model->field(current.row());
    const auto choice = m_model->choices().constFind(field.path);
    QJsonValue shown
        = choice != m_model->choices().cend() && choice->side == FieldChoice::Side::Custom
        ? choice->value
        : field.mine;
    if (shown.isString())
        m_ownValue->setText(shown.toString());
    else if (shown.isUndefined())
        m_ownValue->clear();
    else
        m_ownValue->setText(ConflictMergeModel::jsonText(shown));
    updateState();
}

void ConflictDetailPane::updateState()
{
    const bool has = m_model->hasConflict();
    const QModelIndex current = m_view->currentIndex();
    const bool choosable
        = has && !m_readOnly && current.isValid() && m_model->needsChoice(current.row());
    for (QWidget *w : {static_cast<QWidget *>(m_keepMine), static_cast<QWidget *>(m_keepTheirs),
                       static_cast<QWidget *>(m_ownValue), static_cast<QWidget *>(m_useValue)})
        w->setEnabled(choosable && !m_busy);
    const bool anyConflict = has && m_model->conflictCount() > 0;
    m_allMine->setEnabled(anyConflict && !m_readOnly && !m_busy);
    m_allTheirs->setEnabled(anyConflict && !m_readOnly && !m_busy);
    m_undo->setEnabled(m_model->undoStack()->canUndo() && !m_busy);
    m_redo->setEnabled(m_model->undoStack()->canRedo() && !m_busy);
    m_dismiss->setEnabled(has && !m_readOnly && !m_busy);
    m_view->setEnabled(has);

    if (current.isValid() && has) {
        const MergeField &field = m_model->field(current.row());
        m_fieldHint->setText(m_model->kindText(field.kind));
    } else {
        m_fieldHint->setText(has ? QString()
                                 : m_emptyHint.isEmpty()
                                 ? tr("Choose a conflict in the list above.")
                                 : m_emptyHint);
    }

    const QString kind = m_model->resolutionKind();
    const int conflicts = has ? m_model->conflictCount() : 0;
    if (!has)
        m_progress->clear();
    else if (m_busy)
        m_progress->setText(tr("Applying… waiting for the server."));
    else if (conflicts == 0)
        m_progress->setText(tr("Nothing to choose: the changes merge by themselves."));
    else
        m_progress->setText(
            tr("%1 of %n field(s) chosen", nullptr, conflicts).arg(m_model->chosenCount()));
    QString label;
    if (kind == u"mine")
        label = m_model->sides().applyMine();
    else if (kind == u"theirs")
        label = m_model->sides().applyTheirs();
    else if (kind == u"merged")
        label = conflicts == 0 ? tr("&Apply the merge") : tr("&Apply the merged result");
    else
        label = tr("&Apply (choose every field first)");
    m_apply->setText(label);
    m_apply->setEnabled(!kind.isEmpty() && !m_readOnly && !m_busy);
}

void ConflictDetailPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ConflictDetailPane::retranslate()
{
    const ConflictSides sides = m_model->sides();
    m_keepMine->setText(sides.keepMineButton());
    m_keepMine->setToolTip(sides.keepMineTip());
    m_keepTheirs->setText(sides.keepTheirsButton());
    m_keepTheirs->setToolTip(sides.keepTheirsTip());
    m_ownValue->setPlaceholderText(tr("Or type a value of your own"));
    m_ownValue->setAccessibleName(tr("Value of your own for the selected field"));
    m_useValue->setText(tr("&Use value"));
    m_allMine->setText(sides.allMineButton());
    m_allMine->setToolTip(sides.allMineTip());
    m_allTheirs->setText(sides.allTheirsButton());
    m_allTheirs->setToolTip(sides.allTheirsTip());
    m_undo->setText(tr("U&ndo choice"));
    m_redo->setText(tr("Redo choice"));
    m_dismiss->setText(tr("&Dismiss…"));
    m_dismiss->setToolTip(tr("Close the conflict without changing anything"));
    m_view->setAccessibleName(tr("Fields of the conflict"));

    const ConflictItem &c = m_model->conflict();
    if (!m_model->hasConflict()) {
        m_title->setText(tr("No conflict selected"));
        m_sides->clear();
        m_note->hide();
        updateState();
        return;
    }
    const QString label = c.label.isEmpty() ? c.entityId : c.label;
    m_title->setText(tr("%1 — %2").arg(label, ConflictListModel::sourceText(c.source)));
    const auto when = [](const QDateTime &at) {
        return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat)
                            : tr("an unknown time");
    };
    m_sides->setText(sides.whoChanged(personName(c.mineBy), when(c.mineAt), personName(c.theirsBy),
                                      when(c.theirsAt)));
    QStringList notes;
    if (!m_noteText.isEmpty())
        notes.append(m_noteText);
    if (!c.base)
        notes.append(tr("The version both started from is unknown, so every difference is "
                        "shown as a conflict."));
    if (c.isLocal())
        notes.append(tr("This edit was made in this console and never reached the server."));
    m_note->setText(notes.join(u' '));
    m_note->setVisible(!notes.isEmpty());
    updateState();
}

} // namespace wedsync
