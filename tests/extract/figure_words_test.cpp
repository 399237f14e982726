// tests/extract/figure_words_test.cpp: every word of the figure pass's tables (generated
// from extract/lexicon/*.tsv) is read where the pass looks for it. The pass reaches a word
// only through its quick-reject gates (the figure starts, the second character of a
// Chinese currency word, the unit index); a gate that misses a word of its table fails
// here, naming the word.
#include <gtest/gtest.h>

#include <algorithm>

#include <cstdio>
#include <optional>
#include <span>
#include <utility>
#include <string>

#include "core/document.h"
#include "core/text.h"
#include "extract/figure_words_internal.h"
#include "extract/figures.h"
#include "extract/numeral.h"
#include "tests/test_support.h"

namespace newsline {
namespace {

using testing::analyze;

// The first figure of `text`, as "value unit"; "none" when there is none.
std::string first_figure(const std::string& text) {
  const Analysis a = analyze(text, "2024-12-27");
  if (a.figures.empty()) return "none";
  char value[32];
  std::snprintf(value, sizeof value, "%.6g", a.figures.front().value);
  return std::string(value) + " " + a.figures.front().unit;
}

std::string want(double value, std::string_view unit) {
  char text[32];
  std::snprintf(text, sizeof text, "%.6g", value);
  return std::string(text) + " " + std::string(unit);
}

TEST(FigureWords, EveryChineseUnitIsRead) {
  for (const UnitWord& u : kUnits) {
    // After a scale: letters there are a unit too (3.5亿GPU), and no classifier reads alone.
    const double value = u.unit == "bp25" ? 3.5e8 * 25 : 3.5e8;  // a 码 is 25 basis points
    const std::string_view unit = u.unit == "bp25" ? "bp" : u.unit;
    EXPECT_EQ(first_figure("3.5亿" + std::string(u.word) + "。"), want(value, unit)) << u.word;
  }
}

TEST(FigureWords, EveryEnglishUnitIsRead) {
  for (const EnglishUnit& u : kEnglishUnits) {
    EXPECT_EQ(first_figure("It reported 35 " + std::string(u.word) + "."), want(35 * u.factor, u.unit)) << u.word;
    if (u.attached) {
      EXPECT_EQ(first_figure("It reported 35" + std::string(u.word) + "."), want(35 * u.factor, u.unit)) << u.word;
    }
  }
}

TEST(FigureWords, EveryRateUnitIsRead) {
  for (const RateUnit& r : kRateUnits) {
    const std::string want_unit = "USD/" + std::string(r.per);
    EXPECT_EQ(first_figure("报73.5美元/" + std::string(r.word) + "。"), want(73.5, want_unit)) << r.word;
    EXPECT_EQ(first_figure("每" + std::string(r.word) + "73.5美元。"), want(73.5, want_unit)) << r.word;
  }
  for (const RateUnit& r : kEnglishRateUnits) {
    const std::string want_unit = "USD/" + std::string(r.per);
    EXPECT_EQ(first_figure("It cost $73.5 a " + std::string(r.word) + "."), want(73.5, want_unit)) << r.word;
    EXPECT_EQ(first_figure("It cost $73.5/" + std::string(r.word) + "."), want(73.5, want_unit)) << r.word;
  }
}

// 每小时 before money is a wage or a fee per hour; before a distance, like 时速, a speed.
TEST(FigureWords, HourBeforeTheNumber) {
  EXPECT_EQ(first_figure("护工的报酬是每小时30美元。"), want(30, "USD/hour"));
  EXPECT_EQ(first_figure("列车每小时350公里。"), want(350, "km/h"));
  EXPECT_EQ(first_figure("列车时速350公里。"), want(350, "km/h"));
  EXPECT_EQ(first_figure("时速350美元。"), want(350, "USD"));  // no money per speed
}

TEST(FigureWords, EveryCurrencySignStartsAFigure) {
  StartClasses classes;
  mark_figure_starts(classes);
  for (const CurrencySign& c : kCurrencySigns) {
    EXPECT_NE(classes.of(utf8_at(c.sign, 0).cp) & start_class::kFigure, 0) << c.sign;
    // A code of letters stands apart from the number (USD 35); a sign or a Chinese word is
    // written against it (US$35, ￥35, 人民币35).
    const char last = c.sign.back();
    const bool letters = (last >= 'A' && last <= 'Z') || (last >= 'a' && last <= 'z');
    EXPECT_EQ(first_figure("价格为" + std::string(c.sign) + (letters ? " " : "") + "35。"), want(35, c.code)) << c.sign;
  }
}

double numeral_value(const std::string& text) {
  const std::optional<Numeral> n = parse_numeral(text, 0);
  return n && n->end == text.size() ? n->value : -1;
}

TEST(FigureWords, EveryChineseScaleIsRead) {
  for (const ScaleWord& w : kChineseScales) {
    const std::string word(w.word);
    EXPECT_EQ(numeral_value("12" + word), 12 * w.value) << w.word;     // after digits
    EXPECT_EQ(numeral_value("十二" + word), 12 * w.value) << w.word;   // inside a Chinese numeral
    EXPECT_EQ(first_figure("营收 12 " + word + "元。"), want(12 * w.value, "CNY")) << w.word;  // spaced
    EXPECT_EQ(first_figure("两千多" + word + "元。"), want(2000 * w.value, "CNY")) << w.word;  // after 多
    for (char32_t c : w.not_before) {
      std::string after;
      append_utf8(after, c);
      const std::optional<Numeral> n = parse_numeral("12" + word + after, 0);
      ASSERT_TRUE(n.has_value()) << w.word;
      EXPECT_EQ(n->value, 12) << w.word << after;  // 12兆瓦: 12 megawatts, no scale
    }
  }
}

TEST(FigureWords, EveryEnglishScaleIsRead) {
  for (const ScaleWord& w : kEnglishScales) {
    const std::string word(w.word);
    EXPECT_EQ(first_figure("It raised 12 " + word + " dollars."), want(12 * w.value, "USD")) << w.word;
    if (w.attached) {
      EXPECT_EQ(first_figure("It raised 12" + word + " dollars."), want(12 * w.value, "USD")) << w.word;
    }
  }
}

// The direction of the first figure of `text`: "up", "down" or "none"; "no figure".
std::string first_direction(const std::string& text) {
  const Analysis a = analyze(text, "2024-12-27");
  if (a.figures.empty()) return "no figure";
  const Direction d = a.figures.front().direction;
  return d == Direction::Up ? "up" : d == Direction::Down ? "down" : "none";
}

bool latin(std::string_view w) { return (w[0] >= 'a' && w[0] <= 'z') || (w[0] >= 'A' && w[0] <= 'Z'); }

TEST(FigureWords, EveryDirectionVerbIsRead) {
  for (const auto& [words, want] : {std::pair{std::span<const std::string_view>(kDown), "down"},
                                   std::pair{std::span<const std::string_view>(kUp), "up"}}) {
    for (std::string_view w : words) {
      const std::string word(w);
      if (latin(w)) {
        EXPECT_EQ(first_direction("The index " + word + " 5%."), want) << w;
        EXPECT_EQ(first_direction("The bank " + word + " its forecast by 5%."), want) << w;
      } else {
        EXPECT_EQ(first_direction("该指数" + word + "5%。"), want) << w;
      }
    }
  }
  for (std::string_view w : kRaised) EXPECT_EQ(first_direction("The bank " + std::string(w) + " its forecast by 5%."), "up") << w;
}

TEST(FigureWords, EveryMoveSizeIsAChange) {
  for (const auto& [words, want] : {std::pair{std::span<const std::string_view>(kFallSize), "-5 % down"},
                                   std::pair{std::span<const std::string_view>(kRiseSize), "5 % up"}}) {
    for (std::string_view w : words) {
      const std::string text = "今年以来" + std::string(w) + "为5%。";
      EXPECT_EQ(first_figure(text) + " " + first_direction(text), want) << w;
    }
  }
}

TEST(FigureWords, EveryWordAfterAFigureGivesItsDirection) {
  for (std::string_view w : kFallAfter) EXPECT_EQ(first_direction("录得5%的" + std::string(w) + "。"), "down") << w;
  for (std::string_view w : kRiseAfter) EXPECT_EQ(first_direction("录得5%的" + std::string(w) + "。"), "up") << w;
}

// The first figure of `text`, or nothing.
std::optional<Figure> figure_of(const std::string& text) {
  const Analysis a = analyze(text, "2024-12-27");
  if (a.figures.empty()) return std::nullopt;
  return a.figures.front();
}

// The cue words (figure_cues.tsv) are found by WordSet, a gate of one mask per last byte built
// from each list: a word it misses fails here, named. The words before the number are looked
// for after skip_back_fillers has passed over 达 and 了 (突破了, 达), so a word ending in one of
// them is never read: these, which the table holds all the same. When this list fails, the
// pass reads the word: take it off.
constexpr std::string_view kHiddenByFillers[] = {"多达", "高达", "达", "花了"};

bool hidden_by_fillers(std::string_view w) {
  return std::find(std::begin(kHiddenByFillers), std::end(kHiddenByFillers), w) != std::end(kHiddenByFillers);
}

TEST(FigureWords, EveryApproximationWordBeforeIsRead) {
  for (std::string_view w : kApproxBefore) {
    const std::string text = latin(w) ? "It cost " + std::string(w) + " 35 dollars." : "价格为" + std::string(w) + "35美元。";
    const std::optional<Figure> f = figure_of(text);
    ASSERT_TRUE(f) << w;
    EXPECT_EQ(f->value, 35) << w;
    EXPECT_EQ(f->approx, !hidden_by_fillers(w)) << w;
  }
}

TEST(FigureWords, EveryApproximationWordAfterIsRead) {
  for (std::string_view w : kApproxAfter) {
    const std::optional<Figure> f = figure_of("价格为35美元" + std::string(w) + "。");
    ASSERT_TRUE(f) << w;
    EXPECT_EQ(f->value, 35) << w;
    EXPECT_TRUE(f->approx) << w;
    // 价格为35美元 is 7 characters from 价; the span words (左右, 以上) belong to the figure.
    const bool in_span = std::find(std::begin(kApproxAfterInSpan), std::end(kApproxAfterInSpan), w) != std::end(kApproxAfterInSpan);
    EXPECT_EQ(f->span.end, 7 + (in_span ? count_code_points(w) : 0)) << w;
  }
}

// 上涨至5%, rose to 5%: the figure after a level word is a level, not a change (a word missed
// would make it one). Where the word ends a move (至, 到, 达到, to) the level is where the
// move ended and has no direction; after the others the verb gives it one.
TEST(FigureWords, EveryLevelWordMakesALevel) {
  ASSERT_EQ(figure_of("该指数上涨5%。")->kind, FigureKind::Change);  // the verb alone: a change
  for (std::string_view w : kLevelWords) {
    const std::string text = latin(w) ? "The index rose " + std::string(w) + " 5%." : "该指数上涨" + std::string(w) + "5%。";
    const std::optional<Figure> f = figure_of(text);
    ASSERT_TRUE(f) << w;
    const bool end_of_move = w == "至" || w == "到" || w == "达到" || w == "to";
    EXPECT_EQ(f->direction, end_of_move ? Direction::None : Direction::Up) << w;
    EXPECT_EQ(f->kind != FigureKind::Change, !hidden_by_fillers(w)) << w;
  }
}

TEST(FigureWords, EveryAmountWordMakesAnAmount) {
  ASSERT_EQ(figure_of("公司有五千。")->kind, FigureKind::Count);  // a bare number: a count
  for (std::string_view w : kAmountWords) {
    const std::optional<Figure> f = figure_of("公司" + std::string(w) + "五千。");
    ASSERT_TRUE(f) << w;
    EXPECT_EQ(f->kind == FigureKind::Amount, !hidden_by_fillers(w)) << w;
  }
}

// A metric the entity lexicon knows (金价, GDP, 准备金率) names the subject as that entity.
// 方面 keeps a direction word (涨幅) from standing right before the number as its verb.
TEST(FigureWords, EveryMetricIsASubject) {
  for (std::string_view w : kMetrics) {
    const std::string text = latin(w) ? "The " + std::string(w) + " was 5%." : "今年" + std::string(w) + "方面为5%。";
    const std::optional<Figure> f = figure_of(text);
    ASSERT_TRUE(f) << w;
    if (f->subject_id.empty()) {
      EXPECT_EQ(f->subject, w) << w;
    }
  }
}

// Every carry word keeps the subject of the figure before it for a figure that has none of
// its own: the second figure of 净利润5亿元，<word>增长3% is 净利润's.
TEST(FigureWords, EveryCarryWordKeepsTheSubject) {
  for (std::string_view w : kCarryWords) {
    const std::string text = latin(w) ? "Profit was 5 mln dlrs, " + std::string(w) + " 3 mln dlrs." : "净利润5亿元，" + std::string(w) + "增长3%。";
    const Analysis a = analyze(text, "2024-12-27");
    ASSERT_EQ(a.figures.size(), 2u) << w;
    EXPECT_EQ(a.figures[1].subject, latin(w) ? "profit" : "净利润") << w;
  }
}

}  // namespace
}  // namespace newsline
