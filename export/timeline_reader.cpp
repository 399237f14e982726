#include "export/timeline_reader.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <unordered_map>

namespace newsline {
namespace {

namespace fs = std::filesystem;
using json = nlohmann::json;

// A value of a closed list, by the name its to_string gives it.
template <class E, std::size_t N>
std::optional<E> parse_enum(std::string_view name, const std::array<E, N>& values) {
  for (E v : values) {
    if (to_string(v) == name) return v;
  }
  return std::nullopt;
}

constexpr std::array kGranularities = {Granularity::Century, Granularity::Decade,    Granularity::Year, Granularity::Half,
                                       Granularity::Quarter, Granularity::Month,     Granularity::Week, Granularity::Day,
                                       Granularity::PartOfDay, Granularity::Hour,    Granularity::Minute};
constexpr std::array kCertainties = {Certainty::Exact, Certainty::Inferred, Certainty::Approximate};
constexpr std::array kRelations = {Relation::SameEvent, Relation::Follows, Relation::Causes, Relation::SameEntity};
constexpr std::array kKinds = {FigureKind::Level, FigureKind::Change, FigureKind::Amount, FigureKind::Count, FigureKind::Ratio};
constexpr std::array kDirections = {Direction::None, Direction::Up, Direction::Down};

// A member's problem, thrown while one element is converted and caught by the reader, which
// names the element.
struct BadMember {
  std::string what;
};

const json& member(const json& object, const char* key) {
  auto it = object.find(key);
  if (it == object.end()) throw BadMember{std::string("no \"") + key + "\""};
  return *it;
}

std::string text_member(const json& object, const char* key) {
  const json& v = member(object, key);
  if (!v.is_string()) throw BadMember{std::string("\"") + key + "\" is not a string"};
  return v.get<std::string>();
}

// A string member that may be null or absent: empty then.
std::string optional_text(const json& object, const char* key) {
  auto it = object.find(key);
  if (it == object.end() || it->is_null()) return {};
  if (!it->is_string()) throw BadMember{std::string("\"") + key + "\" is not a string"};
  return it->get<std::string>();
}

double number_member(const json& object, const char* key) {
  const json& v = member(object, key);
  if (!v.is_number()) throw BadMember{std::string("\"") + key + "\" is not a number"};
  return v.get<double>();
}

std::uint32_t offset_member(const json& object, const char* key) {
  const json& v = member(object, key);
  if (!v.is_number_unsigned() || v.get<std::uint64_t>() > UINT32_MAX) throw BadMember{std::string("\"") + key + "\" is not an offset"};
  return static_cast<std::uint32_t>(v.get<std::uint64_t>());
}

template <class E, std::size_t N>
E enum_member(const json& object, const char* key, const std::array<E, N>& values) {
  std::optional<E> v = parse_enum(text_member(object, key), values);
  if (!v) throw BadMember{std::string("\"") + key + "\" is no known value"};
  return *v;
}

std::vector<std::string> strings_member(const json& object, const char* key) {
  const json& v = member(object, key);
  if (!v.is_array()) throw BadMember{std::string("\"") + key + "\" is not an array"};
  std::vector<std::string> out;
  out.reserve(v.size());
  for (const json& item : v) {
    if (!item.is_string()) throw BadMember{std::string("\"") + key + "\" holds a non-string"};
    out.push_back(item.get<std::string>());
  }
  return out;
}

// 2025-09-30 (four-digit years, as format_day writes them).
std::optional<LocalDays> parse_day(std::string_view text) {
  int y = 0, m = 0, d = 0;
  const char* s = text.data();
  const char* end = s + text.size();
  auto field = [&](int& v, std::size_t digits, bool last) {
    auto [p, ec] = std::from_chars(s, end, v);
    if (ec != std::errc{} || static_cast<std::size_t>(p - s) != digits || (!last && (p == end || *p != '-'))) return false;
    s = last ? p : p + 1;
    return true;
  };
  if (!field(y, 4, false) || !field(m, 2, false) || !field(d, 2, true) || s != end || !valid_day(y, m, d)) return std::nullopt;
  return make_day(y, m, d);
}

LocalDays day_member(const json& object, const char* key) {
  std::optional<LocalDays> day = parse_day(text_member(object, key));
  if (!day) throw BadMember{std::string("\"") + key + "\" is not a day (YYYY-MM-DD)"};
  return *day;
}

TimelineFigure figure_of(const json& j) {
  if (!j.is_object()) throw BadMember{"a figure is not an object"};
  TimelineFigure f;
  f.text = text_member(j, "text");
  Figure& g = f.figure;
  g.span = Span{offset_member(j, "start"), offset_member(j, "end")};
  const json& value = member(j, "value");
  if (value.is_array()) {
    if (value.size() != 2 || !value[0].is_number() || !value[1].is_number()) throw BadMember{"\"value\" is no [low, high]"};
    g.value = value[0].get<double>();
    g.value_high = value[1].get<double>();
  } else {
    g.value = number_member(j, "value");
  }
  g.unit = text_member(j, "unit");
  g.kind = enum_member(j, "kind", kKinds);
  g.direction = enum_member(j, "direction", kDirections);
  const json& approx = member(j, "approx");
  if (!approx.is_boolean()) throw BadMember{"\"approx\" is not a boolean"};
  g.approx = approx.get<bool>();
  g.subject = text_member(j, "subject");
  g.subject_id = optional_text(j, "subject_id");
  return f;
}

// A related ref until every event is read: by id.
struct PendingRef {
  std::string id;
  Relation relation;
  double weight;
  bool before = false;
};

// One event of the array, and what its first source's document says of itself.
struct ReadEvent {
  TimelineEvent te;
  std::vector<PendingRef> related;
  std::string published, title, url;
};

ReadEvent event_of(const json& j) {
  if (!j.is_object()) throw BadMember{"not an object"};
  ReadEvent r;
  Event& e = r.te.event;
  e.id = text_member(j, "id");
  e.date = text_member(j, "date");
  if (j.contains("begin") || j.contains("end_excl")) {
    e.interval = Interval{LocalSeconds{day_member(j, "begin")}, LocalSeconds{day_member(j, "end_excl")}};
  }
  e.granularity = enum_member(j, "granularity", kGranularities);
  e.certainty = enum_member(j, "certainty", kCertainties);
  const std::optional<EventType> type = parse_event_type(text_member(j, "type"));
  const std::optional<EventStatus> status = parse_event_status(text_member(j, "status"));
  if (!type || !status) throw BadMember{!type ? "\"type\" is no known value" : "\"status\" is no known value"};
  e.type = *type;
  e.status = *status;
  e.trigger = optional_text(j, "trigger");
  e.period = optional_text(j, "period");
  e.summary = text_member(j, "summary");
  e.entities = strings_member(j, "entities");
  e.confidence = number_member(j, "confidence");
  const json& figures = member(j, "figures");
  if (!figures.is_array()) throw BadMember{"\"figures\" is not an array"};
  for (const json& f : figures) r.te.figures.push_back(figure_of(f));
  const json& sources = member(j, "sources");
  if (!sources.is_array()) throw BadMember{"\"sources\" is not an array"};
  for (const json& s : sources) {
    if (!s.is_object()) throw BadMember{"a source is not an object"};
    r.te.sources.push_back(SourceRef{text_member(s, "doc"), text_member(s, "source"), optional_text(s, "published"),
                                     offset_member(s, "start"), offset_member(s, "end")});
  }
  // The event's own span (of the telling it was merged around: the salience reads it); a file
  // written before it was written has its first source's (the same for an event told once).
  if (j.contains("start")) {
    e.span = Span{offset_member(j, "start"), offset_member(j, "end")};
  } else if (!r.te.sources.empty()) {
    e.span = Span{r.te.sources.front().start, r.te.sources.front().end};
  }
  r.te.storyline = optional_text(j, "storyline");
  const json& related = member(j, "related");
  if (!related.is_array()) throw BadMember{"\"related\" is not an array"};
  for (const json& ref : related) {
    if (!ref.is_object()) throw BadMember{"a related ref is not an object"};
    const auto before = ref.find("before");
    if (before != ref.end() && !before->is_boolean()) throw BadMember{"\"before\" is not true or false"};
    r.related.push_back(PendingRef{text_member(ref, "id"), enum_member(ref, "relation", kRelations), number_member(ref, "weight"),
                                   before != ref.end() && before->get<bool>()});
  }
  r.published = optional_text(j, "published");
  r.title = optional_text(j, "title");
  r.url = optional_text(j, "url");
  return r;
}

StorylineInfo storyline_of(const json& j) {
  if (!j.is_object()) throw BadMember{"not an object"};
  return StorylineInfo{text_member(j, "id"), text_member(j, "title"), optional_text(j, "entity"), strings_member(j, "events")};
}

// The timeline as its elements come, from either reader below.
class TimelineAssembler {
 public:
  explicit TimelineAssembler(const TimelineReadOptions& options) : options_(options) {}

  // Each adds one element; a BadMember names what is wrong with it.
  void entity(const std::string& id, const json& j) {
    if (!j.is_object()) throw BadMember{"not an object"};
    timeline_.entities.emplace(id, EntityInfo{id, text_member(j, "kind"), text_member(j, "name")});
  }
  void event(const json& j) {
    ReadEvent r = event_of(j);
    if (options_.keep.bounded() && options_.keep.fit(r.te.event) == RangeFit::Outside) return;
    // The documents the sources name, first seen first; the first source's says its title and url.
    for (std::size_t k = 0; k < r.te.sources.size(); ++k) {
      const SourceRef& s = r.te.sources[k];
      auto [it, added] = timeline_.document_index.emplace(s.doc_id, timeline_.documents.size());
      if (added) timeline_.documents.push_back(DocumentInfo{s.doc_id, s.source, s.published, {}, {}, {}});
      if (k == 0) {
        DocumentInfo& d = timeline_.documents[it->second];
        if (!r.published.empty()) d.published = r.published;
        if (!r.title.empty()) d.title = r.title;
        if (!r.url.empty()) d.url = r.url;
      }
    }
    related_.push_back(std::move(r.related));
    timeline_.events.push_back(std::move(r.te));
  }
  void storyline(const json& j) { timeline_.storylines.push_back(storyline_of(j)); }
  std::size_t storylines() const { return timeline_.storylines.size(); }

  // The timeline, once the file is read: its top-level members (`seen`) and schema checked,
  // related refs resolved. Empty and `problem` set when it is no timeline.
  Timeline finish(const std::vector<std::string>& seen, const std::string& schema, std::string& problem);

 private:
  const TimelineReadOptions& options_;
  Timeline timeline_;
  std::vector<std::vector<PendingRef>> related_;  // of each event kept
};

Timeline TimelineAssembler::finish(const std::vector<std::string>& seen, const std::string& schema, std::string& problem) {
  for (const char* required : {"entities", "events", "schema", "storylines"}) {
    if (std::find(seen.begin(), seen.end(), required) == seen.end()) {
      problem = std::string("no \"") + required + "\" member: not a timeline.json written by newsline build";
      return {};
    }
  }
  if (schema != "newsline.timeline/1") {
    problem = "schema \"" + schema + "\" is not newsline.timeline/1";
    return {};
  }
  // Related refs by index; refs to events not kept (outside the range) are dropped.
  std::unordered_map<std::string_view, std::size_t> index;
  index.reserve(timeline_.events.size());
  for (std::size_t i = 0; i < timeline_.events.size(); ++i) index.emplace(timeline_.events[i].event.id, i);
  const bool filtered = options_.keep.bounded();
  for (std::size_t i = 0; i < timeline_.events.size(); ++i) {
    for (PendingRef& ref : related_[i]) {
      auto it = index.find(ref.id);
      if (it == index.end()) {
        if (filtered) continue;
        problem = "event " + timeline_.events[i].event.id + " is related to " + ref.id + ", which the file does not hold";
        return {};
      }
      RelatedRef related{it->second, ref.relation, ref.weight};
      related.before = ref.before;
      timeline_.events[i].related.push_back(related);
    }
  }
  return std::move(timeline_);
}

// "event 12 (ev:…)", "entity \"org:pboc\"", "storyline 3": where a BadMember was found.
std::string event_name(std::size_t number, const json& j) {
  std::string where = "event " + std::to_string(number);
  if (j.is_object()) {
    if (auto id = j.find("id"); id != j.end() && id->is_string()) where += " (" + id->get<std::string>() + ")";
  }
  return where;
}

// A DOM of one element at a time (an event, an entity, a storyline), fed by the SAX parser.
class ElementBuilder {
 public:
  bool open() const { return !stack_.empty(); }
  // A scalar; true when it is the whole element.
  bool value(json v) {
    if (stack_.empty()) {
      root_ = std::move(v);
      return true;
    }
    place(std::move(v));
    return false;
  }
  void start(json container) { stack_.push_back(stack_.empty() ? &(root_ = std::move(container)) : place(std::move(container))); }
  // Closes a container; true when it closed the element.
  bool end() {
    stack_.pop_back();
    return stack_.empty();
  }
  void key(std::string k) { key_ = std::move(k); }
  json take() { return std::exchange(root_, json()); }

 private:
  json* place(json v) {
    json& parent = *stack_.back();
    if (parent.is_array()) {
      parent.push_back(std::move(v));
      return &parent.back();
    }
    return &(parent[key_] = std::move(v));
  }
  json root_;
  std::vector<json*> stack_;  // the open containers; a parent is not changed while a child is open
  std::string key_;
};

// The members of the top-level object.
enum class Section { Other, Entities, Events, Storylines, Schema };

Section section_of(std::string_view key) {
  return key == "entities" ? Section::Entities : key == "events" ? Section::Events : key == "storylines" ? Section::Storylines
         : key == "schema" ? Section::Schema : Section::Other;
}

// The whole file through nlohmann's SAX parser, one element built at a time: every byte is
// checked, and a syntax error comes with its offset, line and column.
class TimelineSax {
 public:
  explicit TimelineSax(const TimelineReadOptions& options) : assembler_(options) {}

  bool null() { return scalar(nullptr); }
  bool boolean(bool v) { return scalar(v); }
  bool number_integer(json::number_integer_t v) { return scalar(v); }
  bool number_unsigned(json::number_unsigned_t v) { return scalar(v); }
  bool number_float(json::number_float_t v, const json::string_t&) { return scalar(v); }
  bool string(json::string_t& v) {
    if (depth_ == 1 && section_ == Section::Schema) schema_ = v;
    return scalar(std::move(v));
  }
  bool binary(json::binary_t&) { return fail("binary data"); }
  bool start_object(std::size_t) { return start(json::object()); }
  bool start_array(std::size_t) { return start(json::array()); }
  bool end_object() { return end(); }
  bool end_array() { return end(); }
  bool key(json::string_t& k) {
    if (depth_ == 1) {
      section_ = section_of(k);
      seen_.push_back(k);
    } else if (depth_ == 2 && section_ == Section::Entities) {
      entity_id_ = std::move(k);
    } else if (builder_.open()) {
      builder_.key(std::move(k));
    }
    return true;
  }
  bool parse_error(std::size_t position, const std::string&, const nlohmann::detail::exception& ex) {
    error_position_ = position;
    syntax_error_ = ex.what();
    return false;
  }

  const std::string& problem() const { return problem_; }
  const std::string& syntax_error() const { return syntax_error_; }
  std::size_t error_position() const { return error_position_; }
  Timeline finish() { return assembler_.finish(seen_, schema_, problem_); }

 private:
  bool collecting() const {
    return depth_ >= 2 && (section_ == Section::Entities || section_ == Section::Events || section_ == Section::Storylines);
  }
  bool scalar(json v) {
    if (depth_ == 0) return fail("the file is not a JSON object");
    if (!collecting()) return true;
    if (builder_.value(std::move(v))) return element();
    return true;
  }
  bool start(json container) {
    if (depth_ == 0 && !container.is_object()) return fail("the file is not a JSON object");
    if (depth_ == 1 && section_ != Section::Other && section_ != Section::Schema &&
        container.is_object() != (section_ == Section::Entities)) {
      return fail(std::string("\"") + seen_.back() + "\" is not " + (section_ == Section::Entities ? "an object" : "an array"));
    }
    if (collecting()) builder_.start(std::move(container));
    ++depth_;
    return true;
  }
  bool end() {
    --depth_;
    if (collecting() && builder_.end()) return element();
    return true;
  }
  bool fail(std::string what) {
    problem_ = std::move(what);
    return false;
  }
  // One element of a section, whole.
  bool element() {
    const json j = builder_.take();
    try {
      if (section_ == Section::Entities) assembler_.entity(entity_id_, j);
      if (section_ == Section::Events) {
        ++events_read_;
        assembler_.event(j);
      }
      if (section_ == Section::Storylines) assembler_.storyline(j);
    } catch (const BadMember& bad) {
      const std::string where = section_ == Section::Entities ? "entity \"" + entity_id_ + "\""
                                : section_ == Section::Events ? event_name(events_read_, j)
                                                              : "storyline " + std::to_string(assembler_.storylines() + 1);
      return fail(where + ": " + bad.what);
    }
    return true;
  }

  TimelineAssembler assembler_;
  int depth_ = 0;
  Section section_ = Section::Other;
  std::vector<std::string> seen_;  // the top-level members, in order
  std::string schema_, entity_id_;
  ElementBuilder builder_;
  std::size_t events_read_ = 0;
  std::string problem_, syntax_error_;
  std::size_t error_position_ = 0;
};

// The quick way through a file as build writes it: its structure walked byte by byte (strings
// skipped whole), each element handed to nlohmann alone; an event whose dates put it outside
// TimelineReadOptions::keep is skipped unparsed. A view of one day of a 50 MB timeline then
// parses a few hundred events, not all. Anything unexpected stops it (Malformed): the SAX
// reader then reads the file and says what is wrong and where.
class QuickReader {
 public:
  enum class Outcome { Ok, Malformed, Problem };
  QuickReader(std::string_view text, const TimelineReadOptions& options) : s_(text), options_(options), assembler_(options) {}

  Outcome read() {
    try {
      top_level();
    } catch (const Malformed&) {
      return Outcome::Malformed;
    } catch (const json::exception&) {  // an element nlohmann would not read
      return Outcome::Malformed;
    } catch (const BadMember& bad) {
      problem_ = where_ + ": " + bad.what;
      return Outcome::Problem;
    }
    timeline_ = assembler_.finish(seen_, schema_, problem_);
    return problem_.empty() ? Outcome::Ok : Outcome::Problem;
  }
  const std::string& problem() const { return problem_; }
  Timeline take() { return std::move(timeline_); }

 private:
  struct Malformed {};

  void space() {
    while (i_ < s_.size() && (s_[i_] == ' ' || s_[i_] == '\n' || s_[i_] == '\r' || s_[i_] == '\t')) ++i_;
  }
  void expect(char c) {
    space();
    if (i_ >= s_.size() || s_[i_] != c) throw Malformed{};
    ++i_;
  }
  bool next_is(char c) {
    space();
    return i_ < s_.size() && s_[i_] == c;
  }
  // After the opening quote: the end of the string (after its closing quote).
  std::size_t string_end(std::size_t i) const {
    for (;;) {
      // memchr for the quote, then the backslashes before it (an odd number escape it):
      // find_first_of would test each byte against both characters.
      const std::size_t q = s_.find('"', i);
      if (q == std::string_view::npos) throw Malformed{};
      std::size_t slashes = 0;
      while (q - slashes > i && s_[q - slashes - 1] == '\\') ++slashes;
      if (slashes % 2 == 0) return q + 1;
      i = q + 1;
    }
  }
  // A key or string value whose bytes are its text (no escape); nullopt when it has one.
  std::optional<std::string_view> plain_string() {
    expect('"');
    const std::size_t b = i_;
    i_ = string_end(b);
    std::string_view raw = s_.substr(b, i_ - 1 - b);
    if (raw.find('\\') != std::string_view::npos) return std::nullopt;
    return raw;
  }
  // A key, decoded.
  std::string key() {
    space();
    const std::size_t b = i_;
    if (std::optional<std::string_view> raw = plain_string()) return std::string(*raw);
    return json::parse(s_.substr(b, i_ - b)).get<std::string>();
  }
  // Skips one value (its structure only: nlohmann checks what is read).
  std::string_view value() {
    space();
    const std::size_t b = i_;
    if (i_ >= s_.size()) throw Malformed{};
    if (s_[i_] == '"') {
      i_ = string_end(i_ + 1);
    } else if (s_[i_] == '{' || s_[i_] == '[') {
      int depth = 0;
      do {
        if (i_ >= s_.size()) throw Malformed{};
        const char c = s_[i_++];
        if (c == '"') i_ = string_end(i_);
        else if (c == '{' || c == '[') ++depth;
        else if (c == '}' || c == ']') --depth;
      } while (depth > 0);
    } else {
      while (i_ < s_.size() && s_[i_] != ',' && s_[i_] != '}' && s_[i_] != ']' && s_[i_] != ' ' && s_[i_] != '\n') ++i_;
    }
    return s_.substr(b, i_ - b);
  }
  // The members of an object, `each(key)` reading each value; or the elements of an array.
  template <class Each>
  void members(Each each) {
    expect('{');
    if (next_is('}')) return void(++i_);
    do {
      std::string k = key();
      expect(':');
      each(k);
    } while (next_is(',') && ++i_);
    expect('}');
  }
  template <class Each>
  void elements(Each each) {
    expect('[');
    if (next_is(']')) return void(++i_);
    do each();
    while (next_is(',') && ++i_);
    expect(']');
  }

  void top_level() {
    members([&](const std::string& k) {
      seen_.push_back(k);
      switch (section_of(k)) {
        case Section::Entities:
          members([&](const std::string& id) {
            where_ = "entity \"" + id + "\"";
            assembler_.entity(id, json::parse(value()));
          });
          break;
        case Section::Events:
          elements([&] { event(); });
          break;
        case Section::Storylines:
          elements([&] {
            where_ = "storyline " + std::to_string(assembler_.storylines() + 1);
            assembler_.storyline(json::parse(value()));
          });
          break;
        case Section::Schema: {
          const json schema = json::parse(value());
          if (schema.is_string()) schema_ = schema.get<std::string>();
          break;
        }
        case Section::Other:
          value();
          break;
      }
    });
    space();
    if (i_ != s_.size()) throw Malformed{};
  }

  // One event: its dates read first (the members before its text), the rest parsed only when
  // it is kept.
  void event() {
    ++events_;
    space();
    const std::size_t b = i_;
    if (options_.keep.bounded() && next_is('{')) {
      Event dates;
      std::optional<std::string_view> begin, end;
      bool plain = true, has_date = false;
      members([&](const std::string& k) {
        if (k == "date" || k == "begin" || k == "end_excl") {
          if (!next_is('"')) throw Malformed{};
          std::optional<std::string_view> text = plain_string();
          plain = plain && text.has_value();
          if (!text) return;
          if (k == "date") {
            dates.date = std::string(*text);
            has_date = true;
          } else {
            (k == "begin" ? begin : end) = text;
          }
        } else {
          value();
        }
      });
      if (plain && has_date && begin.has_value() == end.has_value()) {
        const std::optional<LocalDays> first = begin ? parse_day(*begin) : std::nullopt;
        const std::optional<LocalDays> last = end ? parse_day(*end) : std::nullopt;
        if (first.has_value() == begin.has_value() && last.has_value() == end.has_value()) {
          if (first) dates.interval = Interval{LocalSeconds{*first}, LocalSeconds{*last}};
          if (options_.keep.fit(dates) == RangeFit::Outside) return;  // not parsed
        }
      }
    } else {
      value();
    }
    const json j = json::parse(s_.substr(b, i_ - b));
    where_ = event_name(events_, j);
    assembler_.event(j);
  }

  std::string_view s_;
  std::size_t i_ = 0;
  const TimelineReadOptions& options_;
  TimelineAssembler assembler_;
  std::vector<std::string> seen_;
  std::string schema_, where_, problem_;
  std::size_t events_ = 0;
  Timeline timeline_;
};

// The line of byte `offset` in `text` (1-based).
std::size_t line_of(std::string_view text, std::size_t offset) {
  offset = std::min(offset, text.size());
  return 1 + static_cast<std::size_t>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(offset), '\n'));
}

// A file mapped for reading: the parser reads it in place, and its pages are the file's (the
// kernel drops them under pressure), not the heap's.
class MappedFile {
 public:
  explicit MappedFile(const std::string& path) {
    fd_ = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd_ < 0) {
      error_ = std::strerror(errno);
      return;
    }
    struct stat st {};
    if (::fstat(fd_, &st) != 0 || !S_ISREG(st.st_mode)) {
      error_ = "not a regular file";
      return;
    }
    size_ = static_cast<std::size_t>(st.st_size);
    if (size_ == 0) return;
    void* p = ::mmap(nullptr, size_, PROT_READ, MAP_PRIVATE, fd_, 0);
    if (p == MAP_FAILED) {
      error_ = std::strerror(errno);
      size_ = 0;
      return;
    }
    data_ = static_cast<const char*>(p);
    ::madvise(p, size_, MADV_SEQUENTIAL);
  }
  MappedFile(const MappedFile&) = delete;
  MappedFile& operator=(const MappedFile&) = delete;
  ~MappedFile() {
    if (data_ != nullptr) ::munmap(const_cast<char*>(data_), size_);
    if (fd_ >= 0) ::close(fd_);
  }
  const std::string& error() const { return error_; }
  std::string_view text() const { return data_ != nullptr ? std::string_view(data_, size_) : std::string_view(); }

 private:
  int fd_ = -1;
  const char* data_ = nullptr;
  std::size_t size_ = 0;
  std::string error_;
};

// nlohmann's message without its "[json.exception.parse_error.101] " prefix.
std::string plain_message(std::string_view what) {
  if (what.starts_with("[json.exception.")) {
    if (std::size_t close = what.find("] "); close != std::string_view::npos) what.remove_prefix(close + 2);
  }
  return std::string(what);
}

}  // namespace

Result<Timeline> read_timeline_json(const std::string& path, const TimelineReadOptions& options) {
  MappedFile file(path);
  if (!file.error().empty()) return error_at(Code::Io, SourcePos{path, 0}, "cannot read the timeline: " + file.error());
  const std::string_view text = file.text();
  if (text.empty()) return error_at(Code::BadRecord, SourcePos{path, 0}, "empty file: not a timeline.json");
  auto not_a_timeline = [&](const std::string& problem) {
    return error_at(Code::BadRecord, SourcePos{path, 0}, "not a timeline built by newsline: " + problem);
  };
  QuickReader quick(text, options);
  switch (quick.read()) {
    case QuickReader::Outcome::Ok:
      return quick.take();
    case QuickReader::Outcome::Problem:
      return not_a_timeline(quick.problem());
    case QuickReader::Outcome::Malformed:
      break;  // read again, every byte checked
  }
  TimelineSax sax(options);
  const bool parsed = json::sax_parse(text.begin(), text.end(), &sax);
  if (!sax.syntax_error().empty()) {
    // nlohmann counts the offset from 1 (the byte it stopped at).
    const std::size_t offset = sax.error_position() > 0 ? sax.error_position() - 1 : 0;
    return error_at(Code::BadRecord, SourcePos{path, line_of(text, offset)},
                    "not valid JSON (byte " + std::to_string(offset) + "): " + plain_message(sax.syntax_error()));
  }
  if (!parsed || !sax.problem().empty()) return not_a_timeline(sax.problem());
  Timeline timeline = sax.finish();
  if (!sax.problem().empty()) return not_a_timeline(sax.problem());
  return timeline;
}

std::optional<std::string> built_timeline_file(const std::string& input) {
  if (input == "-") return std::nullopt;
  std::error_code ec;
  fs::path file = input;
  if (fs::is_directory(input, ec)) file /= "timeline.json";
  if (!fs::is_regular_file(file, ec)) return std::nullopt;
  // The start build writes: {"entities": {, after any white space (indented or not).
  std::ifstream in(file, std::ios::binary);
  std::array<char, 256> buffer{};
  in.read(buffer.data(), static_cast<std::streamsize>(buffer.size()));
  std::string_view head(buffer.data(), static_cast<std::size_t>(in.gcount()));
  auto skip_space = [&] {
    while (!head.empty() && (head.front() == ' ' || head.front() == '\n' || head.front() == '\r' || head.front() == '\t')) head.remove_prefix(1);
  };
  for (std::string_view token : {"{", "\"entities\"", ":", "{"}) {
    skip_space();
    if (!head.starts_with(token)) return std::nullopt;
    head.remove_prefix(token.size());
  }
  return file.string();
}

}  // namespace newsline
