// bench/passes_bench.cpp: throughput of each pass (fold, sentences, timex, entities,
// figures, events) and of Analyzer::analyze, over the first articles of
// ../shared/corpus/news-{zh,en}.jsonl.gz, or over fixtures/ when ../shared is absent.
// One iteration runs a pass over every document of the corpus; MB/s counts input bytes.
#include <zlib.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <benchmark/benchmark.h>

#include "core/document.h"
#include "core/text.h"
#include "extract/analyze.h"
#include "extract/entities.h"
#include "extract/events.h"
#include "extract/figures.h"
#include "extract/lexicon.h"
#include "extract/readers.h"
#include "extract/timex.h"

namespace newsline {
namespace {

constexpr std::size_t kMaxArticles = 2000;  // ~3 MB of zh text, ~1.6 MB of en

// What the Analyzer hands the later passes for one document, built once outside the timing.
struct PassInputs {
  std::vector<TimeExpr> timexes;
  std::vector<EntityHit> hits;
  FigureContext context;  // blocked spans and entity spans, into `hits`
  std::vector<Figure> figures;
};

// Documents and everything derived from them. Built in place and never resized: the
// views and indexes point into `prepared` and `documents`.
struct Corpus {
  std::string label;  // "2000 docs of news-zh.jsonl.gz"
  std::vector<Document> documents;
  std::vector<PreparedText> prepared;
  std::vector<DocumentView> views;
  std::vector<PassInputs> inputs;
  std::int64_t text_bytes = 0;    // of Document::text
  std::int64_t folded_bytes = 0;  // of PreparedText::folded
};

// The first `max_lines` non-empty lines of a gzip'd file; empty when it cannot be read.
std::vector<std::string> read_gzip_lines(const std::string& path, std::size_t max_lines) {
  std::unique_ptr<gzFile_s, int (*)(gzFile)> file(gzopen(path.c_str(), "rb"), gzclose);
  std::vector<std::string> lines;
  if (!file) return lines;
  std::string pending;
  std::vector<char> buf(std::size_t{1} << 16);
  bool at_end = false;
  while (lines.size() < max_lines && !at_end) {
    int n = gzread(file.get(), buf.data(), static_cast<unsigned>(buf.size()));
    if (n < 0) {
      int code = 0;
      std::fprintf(stderr, "%s: error: %s\n", path.c_str(), gzerror(file.get(), &code));
      break;
    }
    at_end = n == 0;
    pending.append(buf.data(), static_cast<std::size_t>(n));
    std::size_t start = 0;
    for (std::size_t k; lines.size() < max_lines && (k = pending.find('\n', start)) != std::string::npos; start = k + 1) {
      if (k > start) lines.emplace_back(pending, start, k - start);
    }
    pending.erase(0, start);
  }
  // A last line without its newline.
  if (at_end && !trim(pending).empty() && lines.size() < max_lines) lines.push_back(std::move(pending));
  return lines;
}

// Articles of the shared corpus in `lang`, parsed as `newsline extract` parses JSON Lines.
std::vector<Document> read_shared_corpus(std::string_view lang, std::string& label) {
  const std::string name = "news-" + std::string(lang) + ".jsonl.gz";
  const std::string path = std::string(NEWSLINE_SOURCE_DIR) + "/../shared/corpus/" + name;
  std::vector<Document> docs;
  if (!std::filesystem::exists(path)) return docs;
  std::vector<std::string> lines = read_gzip_lines(path, kMaxArticles);
  docs.reserve(lines.size());
  ReadOptions options;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    std::vector<Status> warnings;
    Result<Document> d = parse_json_record(lines[i], name, i + 1, options, warnings);
    if (d.ok()) docs.push_back(d.value());
  }
  label = std::to_string(docs.size()) + " docs of " + name;
  return docs;
}

// The fixtures in `lang` (all of them when none is), read as `newsline extract fixtures`.
std::vector<Document> read_fixtures(std::string_view lang, std::string& label) {
  std::vector<Document> all;
  std::vector<Status> problems;
  ReadStats stats;
  read_input(std::string(NEWSLINE_SOURCE_DIR) + "/fixtures", ReadOptions{},
             [&](Document&& d) { all.push_back(std::move(d)); }, problems, stats);
  std::vector<Document> docs;
  for (const Document& d : all) {
    if (d.lang == lang) docs.push_back(d);
  }
  if (docs.empty()) docs = std::move(all);
  label = std::to_string(docs.size()) + " docs of fixtures/ (no ../shared)";
  return docs;
}

const Lexicon& builtin_lexicon() {
  static const Lexicon lexicon = Lexicon::builtin();
  return lexicon;
}

// The start classes of every pass (as an Analyzer builds them), once.
const StartClasses& start_classes_of_builtin() {
  static const StartClasses classes = start_classes(builtin_lexicon());
  return classes;
}

Corpus load_corpus(std::string_view lang) {
  Corpus c;
  c.documents = read_shared_corpus(lang, c.label);
  if (c.documents.empty()) c.documents = read_fixtures(lang, c.label);
  const std::size_t n = c.documents.size();
  c.prepared.resize(n);
  c.views.resize(n);
  c.inputs.resize(n);
  SentenceSplitter splitter;
  const StartClasses& classes = start_classes_of_builtin();
  for (std::size_t i = 0; i < n; ++i) {
    const Document& doc = c.documents[i];
    PreparedText& p = c.prepared[i];
    prepare_text(doc.text, splitter, p, doc.title, &classes);
    DocumentView& v = c.views[i];
    v.folded = p.folded;
    v.sentences = &p.sentences;
    v.index = &p.index;
    v.classes = p.class_marks();
    v.published = doc.published;
    v.default_year = doc.default_year;
    v.lang = doc.lang;
    PassInputs& in = c.inputs[i];
    in.timexes = extract_time_exprs(v);
    in.hits = extract_entities(v, builtin_lexicon());
    in.context = figure_context(in.timexes, in.hits, p.index);
    in.figures = extract_figures(v, in.context.blocked, in.context.entity_spans);
    c.text_bytes += static_cast<std::int64_t>(doc.text.size());
    c.folded_bytes += static_cast<std::int64_t>(p.folded.size());
  }
  return c;
}

// Loaded on first use, once per language, and read-only afterwards.
const Corpus& corpus_in(std::string_view lang) {
  if (lang == "en") {
    static const Corpus en = load_corpus("en");
    return en;
  }
  static const Corpus zh = load_corpus("zh");
  return zh;
}

// Per-iteration accounting shared by every benchmark: one iteration = the whole corpus.
void report(benchmark::State& state, const Corpus& c, std::int64_t bytes_per_iteration) {
  state.SetBytesProcessed(state.iterations() * bytes_per_iteration);
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(c.documents.size()));
  state.SetLabel(c.label);
}

bool check_loaded(benchmark::State& state, const Corpus& c) {
  if (!c.documents.empty()) return true;
  state.SkipWithError("no documents: neither ../shared/corpus nor fixtures/ could be read");
  return false;
}

void BM_Fold(benchmark::State& state, std::string_view lang) {
  const Corpus& c = corpus_in(lang);
  if (!check_loaded(state, c)) return;
  for (auto _ : state) {
    for (const Document& d : c.documents) benchmark::DoNotOptimize(fold_for_matching(d.text));
  }
  report(state, c, c.text_bytes);
}

void BM_StartClasses(benchmark::State& state, std::string_view lang) {
  const Corpus& c = corpus_in(lang);
  if (!check_loaded(state, c)) return;
  const StartClasses& classes = start_classes_of_builtin();
  std::vector<std::uint8_t> out;
  for (auto _ : state) {
    for (const PreparedText& p : c.prepared) {
      classes.classify(p.folded, out);
      benchmark::DoNotOptimize(out.data());
    }
  }
  report(state, c, c.folded_bytes);
}

void BM_Sentences(benchmark::State& state, std::string_view lang) {
  const Corpus& c = corpus_in(lang);
  if (!check_loaded(state, c)) return;
  SentenceSplitter splitter;
  for (auto _ : state) {
    for (const PreparedText& p : c.prepared) {
      benchmark::DoNotOptimize(splitter.split(p.folded, p.class_marks(), start_class::kSentenceEnd));
    }
  }
  report(state, c, c.folded_bytes);
}

void BM_Timex(benchmark::State& state, std::string_view lang) {
  const Corpus& c = corpus_in(lang);
  if (!check_loaded(state, c)) return;
  for (auto _ : state) {
    for (const DocumentView& v : c.views) benchmark::DoNotOptimize(extract_time_exprs(v));
  }
  report(state, c, c.folded_bytes);
}

void BM_Entities(benchmark::State& state, std::string_view lang) {
  const Corpus& c = corpus_in(lang);
  if (!check_loaded(state, c)) return;
  const Lexicon& lexicon = builtin_lexicon();
  for (auto _ : state) {
    for (const DocumentView& v : c.views) benchmark::DoNotOptimize(extract_entities(v, lexicon));
  }
  report(state, c, c.folded_bytes);
}

void BM_Figures(benchmark::State& state, std::string_view lang) {
  const Corpus& c = corpus_in(lang);
  if (!check_loaded(state, c)) return;
  for (auto _ : state) {
    for (std::size_t i = 0; i < c.views.size(); ++i) {
      const PassInputs& in = c.inputs[i];
      benchmark::DoNotOptimize(extract_figures(c.views[i], in.context.blocked, in.context.entity_spans));
    }
  }
  report(state, c, c.folded_bytes);
}

void BM_Events(benchmark::State& state, std::string_view lang) {
  const Corpus& c = corpus_in(lang);
  if (!check_loaded(state, c)) return;
  for (auto _ : state) {
    for (std::size_t i = 0; i < c.views.size(); ++i) {
      const PassInputs& in = c.inputs[i];
      benchmark::DoNotOptimize(extract_events(c.views[i], in.timexes, in.hits, in.figures));
    }
  }
  report(state, c, c.folded_bytes);
}

void BM_Analyze(benchmark::State& state, std::string_view lang) {
  const Corpus& c = corpus_in(lang);
  if (!check_loaded(state, c)) return;
  Analyzer analyzer(builtin_lexicon());
  for (auto _ : state) {
    for (const Document& d : c.documents) benchmark::DoNotOptimize(analyzer.analyze(d));
  }
  report(state, c, c.text_bytes);
}

// Each pass over both corpora; the first articles of news-en are 1987 Reuters wire copy.
#define NEWSLINE_PASS_BENCHMARK(fn)                                 \
  BENCHMARK_CAPTURE(fn, zh, "zh")->Unit(benchmark::kMillisecond); \
  BENCHMARK_CAPTURE(fn, en, "en")->Unit(benchmark::kMillisecond)

NEWSLINE_PASS_BENCHMARK(BM_Fold);
NEWSLINE_PASS_BENCHMARK(BM_Sentences);
NEWSLINE_PASS_BENCHMARK(BM_StartClasses);
NEWSLINE_PASS_BENCHMARK(BM_Timex);
NEWSLINE_PASS_BENCHMARK(BM_Entities);
NEWSLINE_PASS_BENCHMARK(BM_Figures);
NEWSLINE_PASS_BENCHMARK(BM_Events);
NEWSLINE_PASS_BENCHMARK(BM_Analyze);

}  // namespace
}  // namespace newsline

BENCHMARK_MAIN();
