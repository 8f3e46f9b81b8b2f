#pragma once
// Whether a section configuration makes sense, with one readable message per bad field,
// and the clean-up (trimming, title length) applied to planner input before it is stored.
//
// Intended order on every write: sanitizeSection() first, then validateSection(); a
// sanitized section never fails a length rule for its title.

#include "Result.h"
#include "SectionConfig.h"

#include <QList>
#include <QString>

namespace wedsync {

namespace SectionLimits {
// Lengths are counted in user-perceived characters (grapheme clusters: an emoji, a flag or
// "é" written as e + accent each count once), which is what a planner sees in the editor.
inline constexpr int TitleLength = 100; // the seed's limit; longer titles are cut, not refused
inline constexpr int SubtitleLength = 200; // two lines under the title on a full-width card
inline constexpr int IconLength = 64; // icon names such as "calendar-heart" or "mdi:camera"
inline constexpr int SectionTypeLength = 64; // identifiers such as "vendor_management"
// Safety net for the title: a "character" stacked with hundreds of combining marks must not
// smuggle an unbounded string through the 100-character rule. Ten code points per character
// leave room for the longest emoji sequences (a kiss with two skin tones is ten).
inline constexpr int TitleCodePoints = 1000;
inline constexpr int MinColumns = 1;
inline constexpr int MaxColumns = 12;
// Hard caps on what one section may hold (it is copied into the audit trail and realtime
// retention on every change): any text field, in UTF-16 code units, and each free-form
// object (customization.theme, visibility.conditions) as compact JSON, in bytes.
inline constexpr int TextUnits = 4096;
inline constexpr int ObjectBytes = 16 * 1024;
// layout.responsive: {"<breakpoint>": {"columns": 1..12}} for these breakpoints only.
inline constexpr const char16_t *Breakpoints[] = {u"mobile", u"tablet", u"desktop"};
} // namespace SectionLimits

// Every problem found, in field order, each with the dotted JSON path of the field
// (e.g. "visibility.roles[2]", "layout.columns"). Empty when the section is valid.
// Checks: ids are UUIDs (when set), sectionType is a non-empty snake_case identifier, role and
// phase names are known (the message lists the valid ones), layout size/columns/position are
// in range, responsive columns are 1..12 for known breakpoints only, color is #RGB or #RRGGBB,
// text fields and free-form objects fit their limits, version is positive.
QList<FieldError> validateSection(const SectionConfig &section);

// validateSection() as a Result: code "validation_failed" with the field errors.
Result<SectionConfig> validatedSection(const SectionConfig &section);

// Trims surrounding whitespace from the free-text fields and ids, turns control characters
// (line breaks, tabs) in title and subtitle into spaces, and cuts the title to
// SectionLimits::TitleLength characters without splitting a character (never half of a
// surrogate pair, never an emoji sequence or an accent apart from its letter). A title over
// SectionLimits::TextUnits is left whole, for validateSection() to refuse.
SectionConfig sanitizeSection(SectionConfig section);

// Number of user-perceived characters in `text`.
int userCharacterCount(const QString &text);
// The longest prefix of `text` with at most `maxCharacters` user-perceived characters and at
// most `maxCodePoints` code points, cut on a character boundary.
QString truncateUserCharacters(const QString &text, int maxCharacters, int maxCodePoints);

// Strict wire form of an id: 8-4-4-4-12 hex digits, not the nil UUID.
bool isUuid(const QString &text);

} // namespace wedsync
