#include "layout/LayoutTile.h"

#include "SectionNames.h"
#include "common/StateColors.h"
#include "layout/SectionIcons.h"
#include "layout/TileColors.h"

#include <QEvent>
#include <QPainter>
#include <QPainterPath>

using namespace Qt::StringLiterals;

namespace wedsync {

namespace {

constexpr int Padding = 8;
constexpr int IconSize = 20;
constexpr int HandleSize = 12;
constexpr int BadgeSize = 18;

QString sizeDisplayName(const QString &size)
{
    if (size == u"small")
        return LayoutTile::tr("small");
    if (size == u"medium")
        return LayoutTile::tr("medium");
    if (size == u"large")
        return LayoutTile::tr("large");
    if (size == u"full")
        return LayoutTile::tr("full");
    return size;
}

// One line of text for painting: line breaks and other control characters of a hostile
// title must not draw as boxes or break the tile's layout.
QString oneLine(const QString &text)
{
    QString line;
    line.reserve(std::min<qsizetype>(text.size(), 512));
    for (const QChar c : QStringView(text).left(512))
        line.append(c.category() == QChar::Other_Control ? QChar(u' ') : c);
    return line;
}

} // namespace

LayoutTile::LayoutTile(QWidget *parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent, false);
    setObjectName(u"layoutTile"_s);
}

void LayoutTile::setState(const TileState &state)
{
    if (state == m_state)
        return;
    const bool idChanged = state.section.id != m_state.section.id;
    m_state = state;
    if (idChanged)
        setObjectName(u"layoutTile_"_s + m_state.section.id);
    updateAccessibility();
    update();
}

void LayoutTile::setSelected(bool selected)
{
    if (m_state.selected == selected)
        return;
    m_state.selected = selected;
    updateAccessibility();
    update();
}

QRect LayoutTile::resizeHandleRect() const
{
    return QRect(width() - HandleSize - 2, height() - HandleSize - 2, HandleSize, HandleSize);
}

bool LayoutTile::isOnResizeHandle(QPoint local) const
{
    return m_state.editable && resizeHandleRect().adjusted(-4, -4, 2, 2).contains(local);
}

QString LayoutTile::accessibleNameFor(const SectionConfig &section, const GridRect &cells)
{
    return tr("%1, row %2, column %3, %n columns wide, %4", nullptr, cells.columns)
        .arg(oneLine(sectionDisplayName(section)))
        .arg(cells.row)
        .arg(cells.column)
        .arg(sizeDisplayName(section.layout.size));
}

QString LayoutTile::initialsOf(const QString &label)
{
    QString initials;
    const QString name = label.section(u'@', 0, 0);
    for (const QString &word : name.split(u' ', Qt::SkipEmptyParts)) {
        const QChar first = word.front();
        if (first.isLetterOrNumber())
            initials.append(first.toUpper());
        if (initials.size() == 2)
            break;
    }
    return initials.isEmpty() ? u"?"_s : initials;
}

QString LayoutTile::accessibleDescriptionText() const
{
    QStringList parts;
    if (!m_state.section.customization.subtitle.isEmpty())
        parts << oneLine(m_state.section.customization.subtitle);
    if (!m_state.editable)
        parts << tr("Read-only");
    if (m_state.selected)
        parts << tr("Selected");
    if (!m_state.errors.isEmpty())
        parts << tr("Has problems: %1").arg(m_state.errors.join(u' '));
    if (m_state.conflicted)
        parts << tr("Changed by someone else while you edited it: choose which values to keep");
    if (!m_state.editors.isEmpty())
        parts << tr("Also open by %1").arg(m_state.editors.join(u", "_s));
    return parts.join(u". "_s);
}

void LayoutTile::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        updateAccessibility();
    QWidget::changeEvent(event);
}

void LayoutTile::updateAccessibility()
{
    setAccessibleName(accessibleNameFor(m_state.section, m_state.cells));
    setAccessibleDescription(accessibleDescriptionText());
    setToolTip(accessibleDescriptionText());
}

void LayoutTile::focusInEvent(QFocusEvent *event)
{
    QWidget::focusInEvent(event);
    update();
}

void LayoutTile::focusOutEvent(QFocusEvent *event)
{
    QWidget::focusOutEvent(event);
    update();
}

void LayoutTile::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = palette();
    const QColor fill = tileFillColor(m_state.section.customization.color, pal);
    const QColor text = readableTextColor(fill);
    const QRectF box = QRectF(rect()).adjusted(1.5, 1.5, -1.5, -1.5);

    painter.setPen(QPen(pal.color(QPalette::Mid), 1));
    painter.setBrush(fill);
    painter.drawRoundedRect(box, 6, 6);
    if (!m_state.editable) {
        // Read-only: hatched, so it reads as "cannot change" in any palette.
        QColor hatch = text;
        hatch.setAlpha(40);
        painter.setBrush(QBrush(hatch, Qt::BDiagPattern));
        painter.drawRoundedRect(box, 6, 6);
    }

    // Icon, title and subtitle.
    const qreal dpr = devicePixelRatioF();
    const QPixmap icon = sectionIconPixmap(sectionIconResource(m_state.section.customization.icon),
                                           IconSize, text, dpr);
    painter.drawPixmap(Padding, Padding, icon);
    const int badgesWidth = BadgeSize * 2 + 8;
    QFont titleFont = font();
    titleFont.setBold(true);
    painter.setFont(titleFont);
    painter.setPen(text);
    const QRect titleRect(Padding + IconSize + 6, Padding,
                          width() - 2 * Padding - IconSize - 6 - badgesWidth, IconSize);
    const QFontMetrics titleMetrics(titleFont);
    painter.drawText(titleRect, Qt::AlignVCenter | Qt::AlignLeft,
                     titleMetrics.elidedText(oneLine(sectionDisplayName(m_state.section)),
                                             Qt::ElideRight, std::max(0, titleRect.width())));
    painter.setFont(font());
    const QFontMetrics metrics(font());
    const QRect subtitleRect(Padding, Padding + IconSize + 4, width() - 2 * Padding,
                             metrics.height());
    if (subtitleRect.bottom() <= height() - 4) {
        painter.drawText(subtitleRect, Qt::AlignTop | Qt::AlignLeft,
                         metrics.elidedText(oneLine(m_state.section.customization.subtitle),
                                            Qt::ElideRight, std::max(0, subtitleRect.width())));
    }

    // Badges, right to left: errors, conflict, read-only.
    int badgeRight = width() - Padding;
    auto badge = [&](const QColor &color, const QString &resource) {
        const QRectF area(badgeRight - BadgeSize, Padding + 1, BadgeSize, BadgeSize);
        painter.setPen(Qt::NoPen);
        painter.setBrush(color);
        painter.drawEllipse(area);
        const QColor glyph = readableTextColor(color);
        painter.drawPixmap(area.adjusted(3, 3, -3, -3).toRect(),
                           sectionIconPixmap(resource, BadgeSize - 6, glyph, dpr));
        badgeRight -= BadgeSize + 4;
    };
    if (!m_state.errors.isEmpty())
        badge(errorColor(pal), u":/icons/sections/alert.svg"_s);
    if (m_state.conflicted)
        badge(conflictColor(pal), u":/icons/sections/message.svg"_s);
    if (!m_state.editable)
        badge(pal.color(QPalette::Mid), u":/icons/sections/lock.svg"_s);

    // Other editors: a chip of initials at the bottom left.
    if (!m_state.editors.isEmpty()) {
        QStringList initials;
        for (const QString &label :
             std::as_const(m_state.editors).first(std::min<qsizetype>(2, m_state.editors.size())))
            initials << initialsOf(label);
        QString chip = initials.join(u' ');
        if (m_state.editors.size() > 2)
            chip += u" +"_s + QString::number(m_state.editors.size() - 2);
        const QRect chipRect(Padding, height() - Padding - metrics.height() - 2,
                             metrics.horizontalAdvance(chip) + 12, metrics.height() + 2);
        painter.setPen(Qt::NoPen);
        painter.setBrush(pal.color(QPalette::Highlight));
        painter.drawRoundedRect(chipRect, chipRect.height() / 2.0, chipRect.height() / 2.0);
        painter.setPen(pal.color(QPalette::HighlightedText));
        painter.drawText(chipRect, Qt::AlignCenter, chip);
    }

    // Resize handle.
    if (m_state.editable) {
        const QRect handle = resizeHandleRect();
        QColor grip = text;
        grip.setAlpha(150);
        painter.setPen(QPen(grip, 1.5));
        for (int offset : {4, 8, 12})
            painter.drawLine(handle.right() - offset + 1, handle.bottom(), handle.right(),
                             handle.bottom() - offset + 1);
    }

    // Selection, and the keyboard focus inside it: a selected tile that has lost the focus
    // must look different from the one the keys act on.
    painter.setBrush(Qt::NoBrush);
    if (m_state.selected) {
        painter.setPen(QPen(pal.color(QPalette::Highlight), 3));
        painter.drawRoundedRect(box.adjusted(1, 1, -1, -1), 5, 5);
    }
    if (hasFocus()) {
        painter.setPen(
            QPen(m_state.selected ? text : pal.color(QPalette::Highlight), 2, Qt::DashLine));
        painter.drawRoundedRect(box.adjusted(4, 4, -4, -4), 4, 4);
    }
}

} // namespace wedsync
