// Table-driven cases for the English forms of the time-expression pass added after the peer
// conformance spec (issue #31): ordinal days, joined and numeric dates, ranges of days and
// months, a clock on its day, holidays, quarters with the year first, sets and durations; and
// the news text around them that must stay no time (fractions of a price, a percent, a name).
// Each case is every expression of the text, "text=value" joined by " | ".
#include "extract/timex.h"

#include <gtest/gtest.h>

#include "tests/test_support.h"

namespace newsline {
namespace {

using testing::timex_dump;

struct Case {
  std::string_view text, published, want;
};

void check(const Case* begin, const Case* end) {
  for (const Case* c = begin; c != end; ++c) EXPECT_EQ(timex_dump(c->text, c->published), c->want) << c->text << " @ " << c->published;
}

constexpr std::string_view kNov16 = "2016-11-07";  // Monday
constexpr std::string_view kMar87 = "1987-03-02";  // Monday, Reuters wire
constexpr std::string_view kMar19 = "2019-03-01";  // Friday

constexpr Case kDays[] = {
    {"He returns on the fourth of July, 1995.", kNov16, "fourth of July, 1995=1995-07-04"},
    {"The vote is on January first.", kNov16, "January first=2017-01-01"},
    {"Talks resume on the second of Aug.", kNov16, "second of Aug.=2016-08-02"},
    {"They met on 2 july.", "2019-06-18", "2 july=2019-07-02"},
    // June and July in full need no cue word; a name does not count (June Carter).
    {"June is typically reserved for graduations.", "2025-12-10", "June=2025-06"},
    {"June Carter sang.", "2025-12-10", ""},
    // December the first of the groups: "the first of" counts groups, the month stays.
    {"And in December the first of the groups came.", "1986-12-05", "December=1986-12"},
};
TEST(TimexEnglishMore, OrdinalAndDayFirstDates) { check(std::begin(kDays), std::end(kDays)); }

constexpr Case kNumeric[] = {
    {"Plans for Dec/2018 were cut.", "2018-11-01", "Dec/2018=2018-12"},
    {"The note is dated 05-Aug-2016.", "2018-11-01", "05-Aug-2016=2016-08-05"},
    {"He will be away from 22/04 to 30/04.", kNov16, "22/04 to 30/04=2017-04-22/2017-04-30"},
    {"Delivery slipped from 11/20 to 11/25.", "2018-11-28", "11/20 to 11/25=2018-11-20/2018-11-25"},
    {"Delivery is set for Friday 11/30.", "2018-11-28", "Friday 11/30=2018-11-30"},
    // on 9/11, since 9/11: a name of a day of 2001, not this year's.
    {"It changed after we had the tragedy on 9/11.", "2026-07-28", ""},
    {"Training programs prior to 9/11 were cut.", "2026-07-28", ""},
    // Dec-25 is December 2025 as often as December 25: a dash joins a day only with a year.
    {"The act passed in Dec-25 and took effect.", "2026-07-28", ""},
    {"Tyler Durden\nTue, 07/28/2026 - 03:30", "2026-07-28", "Tue, 07/28/2026 - 03:30=2026-07-28T03:30"},
    {"Payment is due 23.04.2022 14:55 sharp.", kNov16, "23.04.2022 14:55=2022-04-23T14:55"},
    // A weekday abbreviated with no period, before its date (RSS and mail headers); alone no day.
    {"Published Tue, 3 Mar 2020 10:00 GMT.", kNov16, "Tue, 3 Mar 2020 10:00 GMT=2020-03-03T10:00"},
    {"Book lunch on Tue May 9.", "2018-01-07", "Tue May 9=2017-05-09"},
    {"The Sun reported 5 tonnes.", kNov16, ""},
    // Halves, quarters and eighths of a price, and a month-day with no cue word before it.
    {"Shares rose 1/2 to 35-1/4 from 3/4 on the day.", kMar87, ""},
    {"The stock rose 3/4 point.", kMar87, ""},
    {"Mortgages were at 6.45 percent.", kMar19, ""},
};
TEST(TimexEnglishMore, NumericDatesNeedACue) { check(std::begin(kNumeric), std::end(kNumeric)); }

constexpr Case kRanges[] = {
    {"Books close May 11-21.", kMar87, "May 11-21=1987-05-11/1987-05-21"},
    {"The meetings of March 14-17, 2025 were tense.", "2026-07-28", "March 14-17, 2025=2025-03-14/2025-03-17"},
    {"Imports stop from 2027 to 2026 or sooner.", "2026-07-28", "2027=2027 | 2026=2026"},
    {"The summit is on 24-25 March 2019.", kMar19, "24-25 March 2019=2019-03-24/2019-03-25"},
    {"Car sales for February 21 through 28 fell.", "1987-03-05", "February 21 through 28=1987-02-21/1987-02-28"},
    {"Prices fell from March to May 1987.", "1987-06-01", "March to May 1987=1987-03/1987-05"},
    {"The talks run Jan-Feb 2017.", "2016-10-24", "Jan-Feb 2017=2017-01/2017-02"},
    {"Shares were bought between Jan 26 and Feb 9.", kMar87, "Jan 26 and Feb 9=1987-01-26/1987-02-09"},
    // A weekday that ends a range is the first such day after its begin.
    {"The vacation runs from next Monday to Friday.", "2019-09-05", "next Monday to Friday=2019-09-09/2019-09-13"},
    // A year after a month, a day after a year alone: two expressions, no range.
    {"Output rose in March to 1987 levels.", "1987-06-01", "March=1987-03 | 1987=1987"},
    {"It rose in 2019 to 28 June levels.", "2019-07-01", "2019=2019 | 28 June=2019-06-28"},
    {"Sugar prices on July 4th of 1995 fell.", kNov16, "July 4th of 1995=1995-07-04"},
};
TEST(TimexEnglishMore, RangesOfDaysAndMonths) { check(std::begin(kRanges), std::end(kRanges)); }

constexpr Case kClocks[] = {
    {"The meeting is at 4 p.m. EDT on Tuesday.", "2024-12-27", "4 p.m. EDT on Tuesday=2024-12-24T16"},
    {"We leave tomorrow 8:00am.", kMar19, "tomorrow 8:00am=2019-03-02T08:00"},
    {"Doors open tonight at 8.30pm.", kMar19, "tonight at 8.30pm=2019-03-01T20:30"},
    {"Trading halted this evening at 10:00.", kMar19, "this evening at 10:00=2019-03-01T22:00"},
    {"Trading starts at 7 o'clock.", kMar19, "7 o'clock=T07"},
    {"Results come out on Friday at 10 a.m. CDT.", kMar19, "Friday at 10 a.m. CDT=2019-03-01T10"},
    {"The window is 5-6 pm today.", kNov16, "5-6 pm today=2016-11-07T17/2016-11-07T18"},
    // An hour and its part of the day after a word that takes a time; a price move is none.
    {"He left by 2 in the afternoon.", kMar19, "2 in the afternoon=T14"},
    {"Trading halts between 3 and 8am.", kMar19, "3 and 8am=T03/T08"},
    {"Between 5 and 10 people died.", kMar19, ""},
    {"The blast came at 11 at night.", kMar19, "11 at night=T23"},
    {"Shares were up 3 in the morning session.", kMar19, "in the morning=TMO"},
    // a bare hour after "at" before a day word with its part: that part's clock, on that day
    {"Biden will address the nation at 9 tonight.", kMar19, "9 tonight=2019-03-01T21"},
    {"Talks resume at 10 tomorrow morning.", kMar19, "10 tomorrow morning=2019-03-02T10"},
    {"Shares were at 9 tonight's close.", kMar19, "tonight=2019-03-01TNI"},
};
TEST(TimexEnglishMore, AClockOnItsDay) { check(std::begin(kClocks), std::end(kClocks)); }

constexpr Case kNamedAndRelative[] = {
    {"Strikes over Christmas hit output.", kMar87, "Christmas=1986-12-25"},
    {"Christmas Island exports rose.", kMar87, ""},
    {"Sales in 2019-Q1 rose.", "2019-06-11", "2019-Q1=2019-Q1"},
    {"Sales in Q1-2019 rose.", "2019-06-11", "Q1-2019=2019-Q1"},
    {"Shares slipped by late afternoon.", kMar87, "late afternoon=TAF"},
    {"The report comes two days after today.", "2018-05-31", "two days after today=2018-06-02"},
    {"Prices rose 5 pct the day before.", "1987-03-05", "the day before=1987-03-04"},
    {"Prices rose the day before the vote.", "1987-03-05", ""},
    // the previous week after a week told: the week before the one it ends in (the week ended
    // Friday January 9, 1987 ends in 1987-W02).
    {"Imports in the week ended January 9 totaled 5,988 tons versus 46,254 tons the previous week.", "1987-02-26",
     "the week ended January 9=1987-01-03/1987-01-09 | the previous week=1987-W01"},
    {"Talks began March 3 and resumed the following week.", "2022-05-01", "March 3=2022-03-03 | the following week=2022-W10"},
    {"Prices may ease over the next couple of weeks.", "2022-05-01", "the next couple of weeks=P2W"},
    {"We meet next week on Tuesday.", "2017-12-04", "next week on Tuesday=2017-12-12"},
    {"We met on Tuesday of last week.", "2019-07-30", "Tuesday of last week=2019-07-23"},
    {"The launch is in mid May.", "2019-02-25", "mid May=2019-05"},
    {"Earnings will come later in the year.", "2018-05-28", "later in the year=2018"},
    {"Exports this calendar year rose.", "2019-06-18", "this calendar year=2019"},
    {"It is the biggest deal to date.", kMar87, "to date=PRESENT_REF"},
    {"Merrell said to date there have been 12 cases.", kMar87, ""},
    {"The most up to date equipment.", kMar87, ""},
};
TEST(TimexEnglishMore, NamedDaysAndRelativeWords) { check(std::begin(kNamedAndRelative), std::end(kNamedAndRelative)); }

constexpr Case kPeriodsOfAYear[] = {
    {"The charge was taken in last year's fourth quarter.", "1987-03-18", "last year's fourth quarter=1986-Q4"},
    {"Next year's first half will be weak.", "1987-03-18", "Next year's first half=1988-H1"},
    {"Results for the second half of next year.", "1987-03-18", "the second half of next year=1988-H2"},
    {"It earned more in the first quarter of fiscal 1987.", "1987-03-18", "the first quarter of fiscal 1987=1987-Q1"},
    {"Sales in the nineties rose.", "1987-03-18", "nineties=199"},
    {"Since the twenties prices rose.", "1987-03-18", "twenties=192"},
};
TEST(TimexEnglishMore, PeriodsOfARelativeYear) { check(std::begin(kPeriodsOfAYear), std::end(kPeriodsOfAYear)); }

constexpr Case kLengths[] = {
    {"It took 1 hour and 30 minutes.", kNov16, "1 hour and 30 minutes=PT1H30M"},
    {"He spent 3 hours 30 minutes there.", kNov16, "3 hours 30 minutes=PT3H30M"},
    {"It was found 2 weeks and 2 days ago.", kNov16, "2 weeks and 2 days ago=2016-10-22"},
    {"Two years, three months passed.", kNov16, "Two years, three months=P2Y3M"},
    {"Dividends are paid every three months.", kMar87, "every three months=P3M"},
    {"Injections were given once a week.", kMar87, "once a week=P1W"},
    {"Ships sail every weekend.", "2018-05-31", "every weekend=XXXX-WXX-WE"},
    {"It would take half an hour.", kMar87, "half an hour=PT0.5H"},
    {"The bond did not pay for a year and a half, he said.", kMar87, "a year and a half=P1.5Y"},
    {"The issue took two and a half years.", kMar87, "two and a half years=P2.5Y"},
    {"The trip took 13 hrs.", kMar87, "13 hrs=PT13H"},
    {"It took one hour and half, then a one and a quarter year gap.", kMar87, "one hour and half=PT1.5H | one and a quarter year=P1.25Y"},
    // Abbreviations follow digits, in lower case; a singular unit after a count is a modifier.
    {"An SEC filing showed it.", kMar87, ""},
    {"The 90 minute session ended.", kMar87, ""},
};
TEST(TimexEnglishMore, SetsAndDurations) { check(std::begin(kLengths), std::end(kLengths)); }

constexpr Case kMovable[] = {
    // The day moves with the year: Easter by the computus, the others by their weekday rule.
    {"The Fed will ease by Easter.", kMar87, "Easter=1987-04-19"},
    {"Markets close on Good Friday.", "2024-03-01", "Good Friday=2024-03-29"},
    {"What happened on Easter Monday at 10:30 am?", "2019-08-05", "Easter Monday at 10:30 am=2019-04-22T10:30"},
    {"Retailers count on Thanksgiving and Black Friday.", "2023-10-02", "Thanksgiving=2023-11-23 | Black Friday=2023-11-24"},
    {"Sales on Cyber Monday rose.", "2024-12-10", "Cyber Monday=2024-12-02"},
    {"The office reopens after Labor Day.", "2025-08-20", "Labor Day=2025-09-01"},
    {"Memorial Day 2021 was quiet.", kNov16, "Memorial Day 2021=2021-05-31"},
    {"Markets are shut on Martin Luther King Jr. Day.", "2025-01-10", "Martin Luther King Jr. Day=2025-01-20"},
    {"Flowers sold before Mother's Day and Father's Day.", "2025-04-01", "Mother's Day=2025-05-11 | Father's Day=2025-06-15"},
    {"I'll go back on easter 2018", kNov16, "easter 2018=2018-04-01"},
    // last and next: the one before or after the publication, not the publication's year's.
    {"When was the last easter?", "2019-03-12", "the last easter=2018-04-01"},
    {"When was the next easter?", "2019-06-12", "the next easter=2020-04-12"},
    {"Sales rose since last Thanksgiving.", "2019-06-12", "last Thanksgiving=2018-11-22"},
    {"It was the last good Friday for stocks.", "2019-06-12", "Friday=2019-06-07"},
    // Not the holiday: a longer word, a plain noun in lower case, a name that goes on.
    {"Eastern Europe grew.", kNov16, ""},
    {"It was a day of thanksgiving for the town.", kNov16, ""},
    {"Visitors flew to Easter Island.", kNov16, ""},
};
TEST(TimexEnglishMore, MovableHolidays) { check(std::begin(kMovable), std::end(kMovable)); }

constexpr Case kClockWords[] = {
    {"It's half past seven o'clock", kNov16, "half past seven o'clock=T07:30"},
    {"I made this purchase at ten past 9 in the evening", "2023-03-01", "ten past 9 in the evening=T21:10"},
    {"The market opens at quarter to five.", kNov16, "quarter to five=T04:45"},
    {"It's 20 min past eight in the evening", kNov16, "20 min past eight in the evening=T20:20"},
    {"We meet at a quarter past 3 pm today.", kNov16, "a quarter past 3 pm today=2016-11-07T15:15"},
    // A count to a count is a range of numbers, not minutes to an hour.
    {"Prices rose ten to twelve cents.", kNov16, ""},
    {"Output rose 5 to 6 tonnes.", kNov16, ""},
    {"It cuts calls from three minutes to one minute.", kMar87, "three minutes=PT3M | one minute=PT1M"},
};
TEST(TimexEnglishMore, ClockInWords) { check(std::begin(kClockWords), std::end(kClockWords)); }

constexpr Case kOnAndMeals[] = {
    // After "on" a number over 12 tells the day from the month; 9/11 stays a name.
    {"I'll go back on 22/04", kNov16, "22/04=2017-04-22"},
    {"The vote is on 4/22.", kNov16, "4/22=2017-04-22"},
    {"It changed on 9/11.", kNov16, ""},
    {"The stock rose on 13/16 points.", kNov16, ""},
    // Meals as the part of the day they fall in.
    {"any available time to run errands at lunchtime today", "2019-11-07", "at lunchtime=TMI | today=2019-11-07"},
    {"He spoke after dinner.", "2019-11-07", "after dinner=TEV"},
    {"They met before breakfast.", "2019-11-07", "before breakfast=TMO"},
    {"Lunch was served.", "2019-11-07", ""},
};
TEST(TimexEnglishMore, OnADayFirstDateAndMeals) { check(std::begin(kOnAndMeals), std::end(kOnAndMeals)); }

constexpr Case kSpelledYears[] = {
    {"They left in nineteen ninety six and came back in two thousand and fifteen", "2018-06-26",
     "nineteen ninety six=1996 | two thousand and fifteen=2015"},
    {"The conference was in October two thousand and five", kNov16, "October two thousand and five=2005-10"},
    {"Prices peaked in twenty nineteen.", kNov16, "twenty nineteen=2019"},
    // A count before its noun, and a number with no cue word before it, are no year.
    {"He won in nineteen eighty-four races.", kNov16, ""},
    {"They sold two thousand and five cars.", kNov16, ""},
};
TEST(TimexEnglishMore, YearsInWords) { check(std::begin(kSpelledYears), std::end(kSpelledYears)); }

constexpr Case kPluralsAndReaches[] = {
    // A weekday in the plural is every such day, with its part of the day or its clock.
    {"The market is shut on Tuesdays.", kNov16, "Tuesdays=XXXX-WXX-2"},
    {"I'll be out Friday mornings", kNov16, "Friday mornings=XXXX-WXX-5TMO"},
    {"Add meeting with boss - Tuesdays at 9am", kNov16, "Tuesdays at 9am=XXXX-WXX-2T09"},
    {"Tuesday's meeting was short.", kNov16, "Tuesday=2016-11-01"},
    // A fortnight and a decade reach back or forward with no number.
    {"Infections rose over the past fortnight.", "2021-05-20", "the past fortnight=P2W"},
    {"Growth will slow over the next decade.", "2021-05-20", "the next decade=P10Y"},
    {"It was the last decade of the century.", "2021-05-20", ""},
    {"Late last decade, under Carter, the dollar fell.", kMar87, ""},
};
TEST(TimexEnglishMore, WeekdayPluralsAndReaches) { check(std::begin(kPluralsAndReaches), std::end(kPluralsAndReaches)); }

constexpr Case kMoreNamedDays[] = {
    {"Let's celebrate International Workers' Day!", "2021-04-20", "International Workers' Day=2021-05-01"},
    {"He spoke on Earth Day 2010.", kNov16, "Earth Day 2010=2010-04-22"},
    // Labour Day is May 1 in most countries and a Monday in others: no day.
    {"Shops closed for the Labour Day holiday.", kNov16, ""},
    // The end of the day is a figure of speech as often (until the end of the day, five or six
    // years away) or another day's (the end of the day yesterday): no time.
    {"Talks stall until the end of the day which is years away.", "2021-05-20", ""},
    {"How many clusters docked to date?", "2021-05-20", "to date=PRESENT_REF"},
    {"Delegates would not speculate at this time.", kMar87, "at this time=PRESENT_REF"},
    {"Demand is slack at this time of year.", kMar87, ""},
    {"It is the highest till date.", "2021-05-20", "till date=PRESENT_REF"},
};
TEST(TimexEnglishMore, MoreNamedDays) { check(std::begin(kMoreNamedDays), std::end(kMoreNamedDays)); }

constexpr Case kDaysAndPrices[] = {
    // A day before "and" takes the month of the day after it.
    {"Cortana, I am looking at 18 and 19 June.", "2019-11-20", "18=2019-06-18 | 19 June=2019-06-19"},
    {"The fair runs between 10 and 12 June.", "2019-11-20", "10 and 12 June=2019-06-10/2019-06-12"},
    // After a dollar sign a number is a price, not a day.
    {"I bought it for $12 December 27", "2019-11-20", "December 27=2019-12-27"},
};
TEST(TimexEnglishMore, DaysBeforeAndAndPrices) { check(std::begin(kDaysAndPrices), std::end(kDaysAndPrices)); }

// Sets: every night (TNI), every day or Monday at a clock (T16, XXXX-WXX-1T16), a day of every
// month (XXXX-XX-15).
constexpr Case kDailySets[] = {
    {"Dinner is on me every night.", kNov16, "every night=TNI"},
    {"We will run every morning", kNov16, "every morning=TMO"},
    {"I'll leave every evening at 7:13 p.m.", kNov16, "every evening at 7:13 p.m.=T19:13"},
    {"The index is fixed every day at 4 pm.", kNov16, "every day at 4 pm=T16"},
    // a weekday's set takes its clock too (as "Tuesdays at 9am" does)
    {"The committee meets every Monday at 4pm.", kNov16, "every Monday at 4pm=XXXX-WXX-1T16"},
    {"Rates are set each Thursday at 10:30 a.m. ET.", kNov16, "each Thursday at 10:30 a.m. ET=XXXX-WXX-4T10:30"},
    // a day of every month: XXXX-XX-15; the 18th of March stays a date
    {"Dividends are paid on the 15th of every month.", kNov16, "15th of every month=XXXX-XX-15"},
    {"Coupons are due by the 1st of each month.", kNov16, "1st of each month=XXXX-XX-01"},
    {"Every night's show sold out.", kNov16, ""},
};
TEST(TimexEnglishMore, SetsWithAPartAClockOrADay) { check(std::begin(kDailySets), std::end(kDailySets)); }

// Each expression with its interval: "text=value [begin, end_excl)", or no interval "[]".
std::string timex_interval_dump(std::string_view text, std::string_view published) {
  std::string out;
  for (const TimeExpr& t : testing::analyze(text, published).timexes) {
    if (!out.empty()) out += " | ";
    out += testing::slice(text, t.span) + "=" + t.value + " [";
    if (t.interval) out += format_bound(t.interval->begin, t.granularity) + ", " + format_bound(t.interval->end_excl, t.granularity);
    out += ")";
  }
  return out;
}

void check_intervals(const Case* begin, const Case* end) {
  for (const Case* c = begin; c != end; ++c) {
    EXPECT_EQ(timex_interval_dump(c->text, c->published), c->want) << c->text << " @ " << c->published;
  }
}

// A length before "after", "before" or "from" and a day: that day moved; the day's week.
constexpr Case kStepsFromADay[] = {
    {"The merger closed three days after Christmas.", "2017-01-10", "three days after Christmas=2016-12-28 [2016-12-28, 2016-12-29)"},
    {"Trading was halted 2 weeks before May 13, 1999.", kNov16, "2 weeks before May 13, 1999=1999-04-29 [1999-04-29, 1999-04-30)"},
    {"The notes mature two months after next Friday.", kNov16, "two months after next Friday=2017-01-18 [2017-01-18, 2017-01-19)"},
    {"The rule applies 16 days from 01/02/2018.", kNov16, "16 days from 01/02/2018=2018-01-18 [2018-01-18, 2018-01-19)"},
    {"Payment is due 4 months from tomorrow.", kNov16, "4 months from tomorrow=2017-03-08 [2017-03-08, 2017-03-09)"},
    // No day after the word: the length stays a length.
    {"He resigned two weeks before the election.", kNov16, "two weeks=P2W [)"},
    {"Hearings are set for the week of March 18.", kMar19, "the week of March 18=2019-W12 [2019-03-18, 2019-03-25)"},
    {"Deliveries resume w/c Feb 4.", "2019-11-07", "w/c Feb 4=2020-W06 [2020-02-03, 2020-02-10)"},
    {"Trading is thin in the week beginning December 24.", "2018-12-10",
     "the week beginning December 24=2018-W52 [2018-12-24, 2018-12-31)"},
    {"Bids close the week of the 18th.", "2018-08-07", "the week of the 18th=2018-W33 [2018-08-13, 2018-08-20)"},
};
TEST(TimexEnglishMore, StepsAndWeeksFromADay) { check_intervals(std::begin(kStepsFromADay), std::end(kStepsFromADay)); }

// A weekday and a day of the month: the nearest month where that day is that weekday.
constexpr Case kWeekdayAndDay[] = {
    {"The board meets on Tuesday the 11th.", "2019-06-10", "Tuesday the 11th=2019-06-11 [2019-06-11, 2019-06-12)"},
    {"Results are due Wednesday the thirty first.", "2019-07-19", "Wednesday the thirty first=2019-07-31 [2019-07-31, 2019-08-01)"},
    {"The poll closes Sunday 31, officials said.", "2019-01-25", "Sunday 31=2019-03-31 [2019-03-31, 2019-04-01)"},
    {"Deliveries start Mon 13th.", "2022-05-01", "Mon 13th=2022-06-13 [2022-06-13, 2022-06-14)"},
    {"The vote is on Friday the 26th at 4 p.m.", "2021-03-15", "Friday the 26th at 4 p.m.=2021-03-26T16 [2021-03-26T16:00, 2021-03-26T17:00)"},
    // A count after the weekday is no day of the month.
    {"On Tuesday 25 people were hurt.", "2019-06-10", "Tuesday=2019-06-04 [2019-06-04, 2019-06-05)"},
};
TEST(TimexEnglishMore, AWeekdayAndItsDayOfTheMonth) { check_intervals(std::begin(kWeekdayAndDay), std::end(kWeekdayAndDay)); }

// The first or last months, weeks, days or quarters of a year or month, and its Nth month or day.
constexpr Case kPartsOfAPeriod[] = {
    {"Sales rose 5% in the first nine months of 2021.", kNov16, "the first nine months of 2021=2021-01/2021-09 [2021-01-01, 2021-10-01)"},
    {"Output fell 3% in the first nine months, the ministry said.", "2021-11-02",
     "the first nine months=2021-01/2021-09 [2021-01-01, 2021-10-01)"},
    {"Losses narrowed in the last four months of 2021.", kNov16, "the last four months of 2021=2021-09/2021-12 [2021-09-01, 2022-01-01)"},
    {"Bookings for the first 2 weeks of 2021 are full.", kNov16, "the first 2 weeks of 2021=2021-W01/2021-W02 [2021-01-04, 2021-01-18)"},
    {"Repairs run for the last three weeks of this year.", "2019-11-29",
     "the last three weeks of this year=2019-W50/2019-W52 [2019-12-09, 2019-12-30)"},
    {"Tourists stayed away in the first ten days of last year.", "2021-11-29",
     "the first ten days of last year=2020-01-01/2020-01-10 [2020-01-01, 2020-01-11)"},
    {"The plan starts in the third month of 2021.", kNov16, "the third month of 2021=2021-03 [2021-03-01, 2021-04-01)"},
    {"Payments resume on the 15th day of next month.", "2020-07-01", "the 15th day of next month=2020-08-15 [2020-08-15, 2020-08-16)"},
    {"The levy is due on the twenty third day of September.", "2020-07-01",
     "the twenty third day of September=2020-09-23 [2020-09-23, 2020-09-24)"},
    // A part of something else is no date; "the last three months" reaches back from the publication.
    {"It was the second day of protests.", kNov16, ""},
    {"In the first six months of his term he cut taxes.", kNov16, "six months=P6M [)"},
};
TEST(TimexEnglishMore, PartsOfAYearOrMonth) { check_intervals(std::begin(kPartsOfAPeriod), std::end(kPartsOfAPeriod)); }

// Lengths from the publication: within (from its day), whole quarters; weeks of a month.
constexpr Case kReachesAndWeeks[] = {
    {"The deal is expected to close within two months.", "2018-03-23", "within two months=P2M [2018-03-23, 2018-05-23)"},
    {"Power will return within the next 10 months.", "2018-03-23", "within the next 10 months=P10M [2018-03-23, 2019-01-23)"},
    {"Margins shrank over the past two quarters.", "2019-07-04", "the past two quarters=P6M [2019-01-01, 2019-07-01)"},
    {"Sales will grow in the next 7 quarters.", "2019-07-04", "the next 7 quarters=P21M [2019-10-01, 2021-07-01)"},
    // The weeks of a month are those whose Thursday falls in it.
    {"Sales fell in the last week of July.", "2018-08-20", "the last week of July=2018-W30 [2018-07-23, 2018-07-30)"},
    {"Orders rose in the first week of Jan 2015.", kNov16, "the first week of Jan 2015=2015-W01 [2014-12-29, 2015-01-05)"},
    {"Stocks slid after talks collapsed over the weekend.", kNov16, "the weekend=2016-W44-WE [2016-11-05, 2016-11-07)"},
    {"A decision is due the week after next.", kNov16, "the week after next=2016-W47 [2016-11-21, 2016-11-28)"},
};
TEST(TimexEnglishMore, ReachesWeeksAndWeekends) { check_intervals(std::begin(kReachesAndWeeks), std::end(kReachesAndWeeks)); }

// Years after "of" with two digits, and years in words after a day and month.
constexpr Case kYearsAfterADay[] = {
    {"He was born in April of 87.", "2018-01-07", "April of 87=1987-04 [1987-04-01, 1987-05-01)"},
    {"The plant opened on 15 April of 87.", "2018-01-07", "15 April of 87=1987-04-15 [1987-04-15, 1987-04-16)"},
    {"They arrived on 13 Sept nineteen seventy two.", kNov16, "13 Sept nineteen seventy two=1972-09-13 [1972-09-13, 1972-09-14)"},
    {"She was born on January twenty five nineteen eighty six.", kNov16,
     "January twenty five nineteen eighty six=1986-01-25 [1986-01-25, 1986-01-26)"},
    // A count after a month and its day is no year.
    {"On March 5 nineteen people died.", kNov16, "March 5=2017-03-05 [2017-03-05, 2017-03-06)"},
    {"It fell to 87 in April of 87 percent.", kNov16, "April=2016-04 [2016-04-01, 2016-05-01)"},
};
TEST(TimexEnglishMore, YearsAfterADay) { check_intervals(std::begin(kYearsAfterADay), std::end(kYearsAfterADay)); }

// A length that begins on a day (for 3 days from today, 2 weeks starting May 20th), a weekday
// with its date, a year after "in", a clock range on a numeric date.
constexpr Case kLengthsFromADay[] = {
    {"Trading will be suspended for 3 days starting from next Monday.", "2019-10-07",
     "3 days starting from next Monday=P3D [2019-10-14, 2019-10-17)"},
    {"The tender is open for 2 weeks starting May 20th.", "2019-05-01", "2 weeks starting May 20th=P2W [2019-05-20, 2019-06-03)"},
    {"Output was halted for 3 days from today.", "2018-05-23", "3 days from today=P3D [2018-05-23, 2018-05-26)"},
    // Without "for", "from" moves the day; a comma and "from" with no "for" tells no length.
    {"Output resumes 3 days from today.", "2018-05-23", "3 days from today=2018-05-26 [2018-05-26, 2018-05-27)"},
    {"The vote is next Tuesday, Oct. 5, officials said.", "2021-09-28", "next Tuesday, Oct. 5=2021-10-05 [2021-10-05, 2021-10-06)"},
    {"The plant reopens on 28 June in 2020.", "2019-05-30", "28 June in 2020=2020-06-28 [2020-06-28, 2020-06-29)"},
    {"Sales from April in 2016 to June in 2017 were weak.", "2019-05-16",
     "April in 2016 to June in 2017=2016-04/2017-06 [2016-04-01, 2017-07-01)"},
    {"The auction runs between 10 and 11:30 on 1/1/2015.", "2018-05-31",
     "10 and 11:30 on 1/1/2015=2015-01-01T10/2015-01-01T11:30 [2015-01-01T10:00, 2015-01-01T11:31)"},
    // A bare hour ends a clock range in the half of the day after its begin; a count is no hour.
    {"It will happen from 10:30 to 3 on 1/1/2015.", "2018-05-31",
     "10:30 to 3 on 1/1/2015=2015-01-01T10:30/2015-01-01T15 [2015-01-01T10:30, 2015-01-01T15:01)"},
    {"The ratio moved from 10:30 to 3 percent.", "2018-05-31", "10:30=T10:30 [2018-05-31T10:30, 2018-05-31T10:31)"},
    // A count before its reach word; the working week is the week.
    {"Prices may rise in the 5 upcoming years.", "2018-08-30", "5 upcoming years=P5Y [2018-08-31, 2023-08-31)"},
    {"Sales fell in the 10 previous weeks.", "2018-08-30", "10 previous weeks=P10W [2018-06-21, 2018-08-30)"},
    {"A deal could come over the next couple weeks.", "2018-07-31", "the next couple weeks=P2W [2018-08-01, 2018-08-15)"},
    {"The couple married in June.", "2018-07-31", "June=2018-06 [2018-06-01, 2018-07-01)"},
    {"The vote is due this working week.", "2018-06-26", "this working week=2018-W26 [2018-06-25, 2018-07-02)"},
    // from 7 to 7:30 after tonight: both clocks in the evening.
    {"The vote runs tonight from 7 to 7:30", kNov16, "tonight from 7 to 7:30=2016-11-07T19/T19:30 [2016-11-07T19:00, 2016-11-07T19:31)"},
    // A weekday before next/last week is that week's; a range may end (or, after between, begin) now.
    {"The board meets Tuesday next week.", "2018-08-01", "Tuesday next week=2018-08-07 [2018-08-07, 2018-08-08)"},
    {"The board met on Monday last week.", "2018-08-01", "Monday last week=2018-07-23 [2018-07-23, 2018-07-24)"},
    {"Shares have risen 20% between January and now.", "2018-08-01", "January and now=2018-01/PRESENT_REF [2018-01-01, 2018-08-02)"},
    {"Output will grow between now and 2025.", "2018-08-01", "now and 2025=PRESENT_REF/2025 [2018-08-01, 2026-01-01)"},
    {"Prices are higher now and in 2020.", "2018-08-01", "now=PRESENT_REF [2018-08-01, 2018-08-02) | 2020=2020 [2020-01-01, 2021-01-01)"},
    // this past Wednesday: the latest before the publication; between cues a year; a short
    // month in lower case after a day in digits (not mar, may).
    {"Where were you this past Wednesday?", "2019-01-31", "this past Wednesday=2019-01-30 [2019-01-30, 2019-01-31)"},
    {"Prices rose between 2007 and 2008.", "2019-01-31", "2007 and 2008=2007/2008 [2007-01-01, 2009-01-01)"},
    {"The meeting is on 14 nov 2023.", "2019-01-31", "14 nov 2023=2023-11-14 [2023-11-14, 2023-11-15)"},
    {"He scored 3 mar goals and 5 may.", "2019-01-31", ""},
    // The Nth weekday of a month; a weekday of the week told.
    {"The vote is on the first Tuesday of November.", "2018-08-01", "the first Tuesday of November=2018-11-06 [2018-11-06, 2018-11-07)"},
    {"The board meets on the last Friday of the month.", "2018-08-01", "the last Friday of the month=2018-08-31 [2018-08-31, 2018-09-01)"},
    {"It meets on the first Monday of next month.", "2018-08-01", "the first Monday of next month=2018-09-03 [2018-09-03, 2018-09-04)"},
    {"Talks began on March 3 and resumed on Monday of the following week.", "2018-08-01",
     "March 3=2018-03-03 [2018-03-03, 2018-03-04) | Monday of the following week=2018-03-05 [2018-03-05, 2018-03-06)"},
    // week N of a year.
    {"Arrivals fell in week 27 of last year.", "2018-07-02", "week 27 of last year=2017-W27 [2017-07-03, 2017-07-10)"},
    // A holiday's weekend: Saturday to Monday before a Monday holiday, else its week's.
    {"Traffic peaks over the Labor Day weekend.", "2021-08-20", "Labor Day weekend=2021-W35-WE [2021-09-04, 2021-09-07)"},
    {"Stores opened on the Thanksgiving weekend.", "2021-08-20", "Thanksgiving weekend=2021-W47-WE [2021-11-27, 2021-11-29)"},
    // A clock that bounds the day: the day at that clock; a count after "by" is no clock.
    {"Bids will close Friday before 5 p.m.", kNov16, "Friday before 5 p.m.=2016-11-11T17 [2016-11-11T17:00, 2016-11-11T18:00)"},
    {"The stock rose on Monday by 5 percent.", kNov16, "Monday=2016-11-07 [2016-11-07, 2016-11-08)"},
    // we'll, I'll look ahead: "in 5 minutes" is then a point, not a length.
    {"We'll be back in 5 minutes, the chairman said.", kNov16, "in 5 minutes=2016-11-07 [2016-11-07, 2016-11-08)"},
};
TEST(TimexEnglishMore, LengthsFromADayAndDatesTold) { check_intervals(std::begin(kLengthsFromADay), std::end(kLengthsFromADay)); }

// Periods that end with a day or month (results for the three months ended June 30), and
// the year after or before the one told.
constexpr Case kPeriodsEnded[] = {
    {"Revenue for the three months ended June 30 rose 5%.", "2021-07-20",
     "three months ended June 30=2021-04-01/2021-06-30 [2021-04-01, 2021-07-01)"},
    {"Profit rose 8% in the 12 months to June.", "2021-07-20", "12 months to June=2020-07-01/2021-06-30 [2020-07-01, 2021-07-01)"},
    {"Shares rose 2% in the week to Friday.", "2021-07-20", "the week to Friday=2021-07-10/2021-07-16 [2021-07-10, 2021-07-17)"},
    {"Sales for the fiscal year ended March 31, 2021 fell.", "2021-07-20",
     "the fiscal year ended March 31, 2021=2020-04-01/2021-03-31 [2020-04-01, 2021-04-01)"},
    // "to" after a length with no "the" is a move (by two weeks to Friday), not a period.
    {"The bank moved its meeting by two weeks to Friday.", "2021-07-20", "two weeks=P2W [) | Friday=2021-07-16 [2021-07-16, 2021-07-17)"},
    {"The plant opened in March 2019 and closed the following year.", "2021-07-20",
     "March 2019=2019-03 [2019-03-01, 2019-04-01) | the following year=2020 [2020-01-01, 2021-01-01)"},
    {"Profit was flat compared with the previous year.", "2021-07-20", "the previous year=2020 [2020-01-01, 2021-01-01)"},
    {"Sales rose in the third quarter of 2019 and fell in the following quarter.", "2021-07-20",
     "the third quarter of 2019=2019-Q3 [2019-07-01, 2019-10-01) | the following quarter=2019-Q4 [2019-10-01, 2020-01-01)"},
    {"Revenue will rise in the following quarter.", "2021-07-20", "the following quarter=2021-Q4 [2021-10-01, 2022-01-01)"},
};
TEST(TimexEnglishMore, PeriodsEndedAndYearsTold) { check_intervals(std::begin(kPeriodsEnded), std::end(kPeriodsEnded)); }

// Round four of issue #31: month ranges and months in lower case after a preposition, lists
// of slashed dates, numeric month-years, quarters and calendar years in lower case, holidays
// in lower case, weekends, lengths of one unit, clocks of four digits; and the news text
// around them that stays no time.
constexpr Case kRoundFour[] = {
    {"Output will be cut between august and october.", "2018-09-07", "august and october=2018-08/2018-10"},
    {"Shipments rose from april to June in 2017.", "2019-05-16", "april to June in 2017=2017-04/2017-06"},
    {"Exports rose in february after a fall in january.", kMar87, "february=1987-02 | january=1987-01"},
    {"Rates were set during july 2015.", kNov16, "july 2015=2015-07"},
    {"Staff will be out the last week of july.", kNov16, "the last week of july=2017-W30"},
    // march and may in lower case stay verbs; a month after "and" needs a month before it.
    {"Workers may march in protest and may strike.", kNov16, ""},
    {"Bids are due on 11/20, 11/22 or 11/25.", "2018-11-28", "11/20=2018-11-20 | 11/22=2018-11-22 | 11/25=2018-11-25"},
    {"The offer closes this 5/12.", "2019-05-20", "5/12=2019-05-12"},
    {"The plan was filed 2015-3 and revised 12-2015.", kNov16, "2015-3=2015-03 | 12-2015=2015-12"},
    // A number of a series after a capitalised word.
    {"Partnership No 1978-2 and Law 5-2015 were cited.", kNov16, ""},
    {"Profit rose in q1 and q2 of the year.", "2019-11-07", "q1=2019-Q1 | q2=2019-Q2"},
    {"Sales in cy 2008 and CY2009 rose.", "2019-06-18", "cy 2008=2008 | CY2009=2009"},
    {"Prices are seen at 2018 or later levels than 2020.", "2018-09-07", "2018=2018"},
    {"Rates stay low later than 2020.", "2018-09-07", "2020=2020"},
    {"Markets shut for labor day weekend.", "2021-11-09", "labor day weekend=2021-W35-WE"},
    {"Stores close early on christmas eve.", "2019-08-05", "christmas eve=2019-12-24"},
    {"Rallies were held on earth day 2010.", kNov16, "earth day 2010=2010-04-22"},
    {"Banks close on New Year Day.", "2019-07-12", "New Year Day=2020-01-01"},
    // may day in lower case is a call for help; one word in lower case is no name.
    {"The pilot sent a may day call before christmas shopping began.", kNov16, ""},
    {"The branch opens on weekends.", kNov16, "weekends=XXXX-WXX-WE"},
    {"Tours run all weekends and any weekend in June is full.", kNov16, "all weekends=XXXX-WXX-WE | any weekend=XXXX-WXX-WE | June=2016-06"},
    {"The course lasts three weekends.", kNov16, ""},
    {"Banks in Bonn close all day on Monday.", kNov16, "all day=P1D | Monday=2016-11-07"},
    {"Traders were busy all week.", kNov16, "all week=P1W"},
    {"They trade everyday.", kNov16, "everyday=P1D"},
    {"It is an everyday product, and an all-day event.", kNov16, ""},
    {"Orders must be placed by end of day.", kNov16, "end of day=2016-11-07"},
    // At the end of the day: an idiom, no day.
    {"At the end of the day, investors want returns.", kNov16, ""},
    {"The desk is staffed between 0730-0930 GMT.", kNov16, "0730-0930=T07:30/T09:30"},
    {"Output rose from 2010-2015.", kNov16, "2010-2015=2010/2015"},
    {"The outage lasted 2W, and repairs took for 3h.", kNov16, "2W=P2W | 3h=PT3H"},
    {"Prices will be reset within 2h.", "2016-11-07T12:00:00", "within 2h=PT2H"},
    {"Results are due next hour.", "2016-11-07T12:00:00", "next hour=PT1H"},
    {"Firms use 3D printing.", kNov16, ""},
    {"Trading was thin in morning trade.", kNov16, "in morning=TMO"},
    {"Leave is granted from ninth till seventeenth of april.", kNov16, "ninth till seventeenth of april=2017-04-09/2017-04-17"},
    {"It shuts between the ninth and the seventeenth of april.", kNov16,
     "the ninth and the seventeenth of april=2017-04-09/2017-04-17"},
    // A rank is no day: first to the third of April names the third alone.
    {"He was first to the third of April sale.", kNov16, "third of April=2016-04-03"},
    {"The note is dated 2019/aug/01 and 2020-Sep-23.", kNov16, "2019/aug/01=2019-08-01 | 2020-Sep-23=2020-09-23"},
    {"Deliveries start mar3 this week.", "2019-08-08", "mar3=2019-03-03 | this week=2019-W32"},
    {"Shares will trade thin over the next five trading days.", "2018-08-20", "the next five trading days=P5D"},
    {"Stocks rose in the past 3 business days.", "2018-08-20", "the past 3 business days=P3D"},
    {"Wed Oct 26 15:50:06 2016 is the stamp.", "2018-11-21", "Wed Oct 26 15:50:06 2016=2016-10-26T15:50:06"},
    // A count before its noun after the clock; a company after "in".
    {"Tue Mar 3 10:00 2000 workers marched.", "2019-08-08", "Tue Mar 3 10:00=2020-03-03T10:00"},  // the year where March 3 is a Tuesday
    {"It raised its ownership in Morning to 94 pct.", kMar87, ""},
    {"The vote starts on Sunday late evening at 10:00.", "2019-08-05", "Sunday late evening at 10:00=2019-08-04T22:00"},
    {"Talks will resume tuesday in the morning.", "2019-08-05", "tuesday in the morning=2019-08-06TMO"},
    {"Prices are fixed at 4 p.m. daily.", "2019-08-05", "4 p.m. daily=T16"},
    {"The desk is open between 9 to 10:30.", "2018-11-28", "9 to 10:30=T09/T10:30"},
};
TEST(TimexEnglishMore, RoundFourOfIssue31) { check(std::begin(kRoundFour), std::end(kRoundFour)); }

// The same period a year back (as 上年同期): every year of a range moves, a day alone or a
// horizon from the publication gives the year alone, and the period told stays the anchor of
// the steps after it (the prior quarter is the third quarter's).
constexpr Case kSamePeriod[] = {
    {"Output in the 52 weeks ended Feb 28, 1987, rose from the year-ago period.", kMar87,
     "52 weeks ended Feb 28, 1987=1986-03-02/1987-02-28 | year-ago period=1985-03-02/1986-02-28"},
    {"Sales in the third quarter rose 5% from the same period a year earlier but fell from the prior quarter.", "2020-03-01",
     "the third quarter=2019-Q3 | same period a year earlier=2018-Q3 | the prior quarter=2019-Q2"},
    {"Sales in the first two months of 1987 rose from the same period of last year.", kMar87,
     "the first two months of 1987=1987-01/1987-02 | same period of last year=1986-01/1986-02"},
    {"Cash rose in the last week of February, up from the same month last year.", kMar87,
     "the last week of February=1987-W09 | same month last year=1986-02"},
    {"Car sales for the period ended February 28 fell from the same period a year ago.", kMar87,
     "February 28=1987-02-28 | same period a year ago=1986"},
    {"Volume fell from a year ago, compared with the same period last year.", kMar87, "a year ago=1986 | same period last year=1986"},
    {"Load factor fell to 49 pct from 51 pct in the year-ago month.", kMar87, "year-ago month=1986"},
};
TEST(TimexEnglishMore, SamePeriodAYearBack) { check(std::begin(kSamePeriod), std::end(kSamePeriod)); }

// Round five of issue #31: chat words that cannot misfire in news (noonish, tonite, eod in
// lower case), clocks run together or spaced out (1140 a.m., 9.am, 3 p . m .), a capitalised
// range of the two months that are verbs, the year after "next" before a slashed date, a count
// before a singular unit, a short weekday beside another, a year outside 1900-2100 at a
// clause's end, and ranges that end "to date" or "to the 28th"; and the news text around them
// that stays no time (or stays as it was read).
constexpr Case kRoundFive[] = {
    {"I'll be back noonish", kNov16, "noonish=T12"},
    {"I'll be back 11ish", kNov16, "11ish=T11"},
    {"I'll be back 1140 a.m.", kNov16, "1140 a.m.=T11:40"},
    {"I'll be back at 9.am.", kNov16, "9.am=T09"},
    {"create appointment at 3 p . m .", kNov16, "3 p . m .=T15"},
    {"We should go back at mid night.", kNov16, "mid night=T00"},
    {"see you tonite, honey!", "2020-07-01", "tonite=2020-07-01TNI"},
    {"they were working in the night-time", kNov16, "in the night-time=TNI"},
    {"Bob and Alice exchange their messages at the eod", "2018-11-21", "eod=2018-11-21"},
    {"A big party will be held at the EOY.", "2018-11-23", "EOY=2018"},
    {"Pierre de Fermat died otd.", "2021-01-15", "otd=2021-01-15"},
    {"What will happen May to March", "2018-09-07", "May to March=2019-05/2020-03"},
    {"Soybeans were bought for May to September shipment.", kMar87, "May to September=1987-05/1987-09"},
    {"This task should be done next 5/12", "2019-05-20", "5/12=2020-05-12"},
    {"I'll leave every three week", kNov16, "every three week=P3W"},
    {"set up a 15 minute call next Monday", "2018-08-29", "15 minute=PT15M | next Monday=2018-09-03"},
    {"He worked an 8 hour shift.", kNov16, "8 hour=PT8H"},
    {"It happened due to a one second time difference.", kNov16, "one second=PT1S"},
    {"schedule me a meeting Monday or Tue", "2017-12-04", "Monday=2017-12-04 | Tue=2017-11-28"},
    {"Coffee at Starbucks on 29th - meet at 2pm", "2020-05-25", "29th=2020-05-29 | 2pm=T14"},
    {"Race - 3pm - this week", "2020-06-16", "3pm=T15 | this week=2020-W25"},
    {"Juneteenth dates back to 1865, and it is observed yearly.", "2020-06-12", "Juneteenth=2020-06-19 | 1865=1865 | yearly=P1Y"},
    {"This contract will end in 2150, right?", "2019-06-03", "2150=2150"},
    {"When was the following easter?", "2019-06-12", "following easter=2020-04-12"},
    {"a flight for halloween weekend 2021", "2021-11-09", "halloween weekend=2021-W43-WE"},
    {"The sales went up from q1 of 2017 - q3 of 2018", kNov16, "q1 of 2017 - q3 of 2018=2017-Q1/2018-Q3"},
    {"How many clusters docked from March to date?", kNov16, "March to date=2016-03/PRESENT_REF"},
    {"Book something from 26th of june of 2020 to the 28th of june of 2020", kNov16,
     "26th of june of 2020 to the 28th of june of 2020=2020-06-26/2020-06-28"},
    {"There is an event in the independence day of this year.", "2018-06-01", "independence day of this year=2018-07-04"},
    // News that stays as it was: modal may, a ten-year note, a count after "in", shorts and
    // codes in capitals, a rank, a price.
    {"It may to March its troops.", kMar87, ""},
    {"It was a 10 year note.", kNov16, ""},
    {"Sales were up in 1500 stores.", kNov16, ""},
    {"The EOD team and OTD rates rose.", kNov16, ""},
    {"Shares of Sun and Sat rose.", kNov16, ""},
    {"He won a second term and finished on 5th place.", kNov16, ""},
    {"The index rose 1140 amid gains.", kNov16, ""},
    {"A christmas tree was sold.", kNov16, ""},
};
TEST(TimexEnglishMore, RoundFiveOfIssue31) { check(std::begin(kRoundFive), std::end(kRoundFive)); }

}  // namespace
}  // namespace newsline
