#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <deque>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <limits>
#include <map>
#include <mutex>
#include <thread>

#include "cli/pipeline_internal.h"
#include "core/memory.h"
#include "core/parallel.h"
#include "core/text.h"
#include "export/timeline_reader.h"

namespace newsline {

namespace {

// A lexicon is a word list: a file larger than this is a mistake (--lexicon /dev/zero).
constexpr std::uintmax_t kMaxLexiconBytes = std::uintmax_t{64} << 20;

unsigned cores() { return std::max(1u, std::thread::hardware_concurrency()); }

// More threads than this only cost memory and switches (and 100,000 cannot be started).
unsigned max_jobs() { return 4 * cores(); }

}  // namespace

unsigned job_count(const CommonFlags& flags) {
  return flags.jobs > 0 ? std::min(static_cast<unsigned>(flags.jobs), max_jobs()) : cores();
}

std::optional<LocalDays> parse_day_flag(const std::string& text) {
  auto t = parse_iso_time(text);
  if (!t) return std::nullopt;
  return t->day();
}

namespace {

// The lexicon of --lexicon, or the built-in one, into `p`; false (the problem printed) when
// the file is unusable.
bool load_lexicon(const CommonFlags& flags, Prepared& p, std::ostream& err) {
  if (flags.lexicon.empty()) {
    p.lexicon = Lexicon::builtin();
  } else {
    std::error_code ec;
    const auto status = std::filesystem::status(flags.lexicon, ec);
    if (ec || !std::filesystem::is_regular_file(status)) {
      err << flags.lexicon << ": error: --lexicon: " << (ec ? ec.message() : std::string("not a regular file")) << "\n";
      return false;
    }
    if (const auto size = std::filesystem::file_size(flags.lexicon, ec); !ec && size > kMaxLexiconBytes) {
      err << flags.lexicon << ": error: --lexicon: the file is " << size << " bytes, over the limit of " << kMaxLexiconBytes
          << "\n";
      return false;
    }
    std::ifstream in(flags.lexicon, std::ios::binary);
    if (!in) {
      err << flags.lexicon << ": error: cannot open the lexicon\n";
      return false;
    }
    std::string tsv((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    Result<Lexicon> lex = Lexicon::parse(tsv, flags.lexicon);
    if (!lex.ok()) {
      err << format_status(lex.status()) << "\n";
      return false;
    }
    p.lexicon = std::move(lex).value();
  }
  return true;
}

}  // namespace

bool prepare(const CommonFlags& flags, Prepared& p, std::ostream& err) {
  if (flags.inputs.empty() && flags.timeline.empty()) {
    err << "newsline: error: no input given (files, directories or - for stdin)\n";
    return false;
  }
  if (find_zone(flags.tz) == nullptr) {
    err << "newsline: error: --tz: unknown time zone '" << flags.tz << "'\n";
    return false;
  }
  p.read.tz = flags.tz;
  if (!flags.encoding.empty() && !known_encoding(flags.encoding)) {
    err << "newsline: error: --encoding: unknown encoding '" << flags.encoding << "' (UTF-8, GB18030, GBK, Big5, UTF-16LE…)\n";
    return false;
  }
  p.read.encoding = flags.encoding;
  if (flags.lang != "auto" && flags.lang != "zh" && flags.lang != "en") {
    err << "newsline: error: --lang must be zh, en or auto\n";
    return false;
  }
  p.read.lang = flags.lang;
  if (!flags.anchor.empty()) {
    p.read.anchor = parse_iso_time(flags.anchor);
    if (!p.read.anchor) {
      err << "newsline: error: --anchor: " << iso_time_problem(flags.anchor) << "\n";
      return false;
    }
  }
  if (!flags.from.empty()) {
    p.range.from = parse_day_flag(flags.from);
    if (!p.range.from) {
      err << "newsline: error: --from: " << iso_time_problem(flags.from) << "\n";
      return false;
    }
  }
  if (!flags.to.empty()) {
    p.range.to = parse_day_flag(flags.to);
    if (!p.range.to) {
      err << "newsline: error: --to: " << iso_time_problem(flags.to) << "\n";
      return false;
    }
  }
  if (p.range.from && p.range.to && *p.range.to < *p.range.from) {
    err << "newsline: error: --to is before --from\n";
    return false;
  }
  // A built timeline is not extracted again: no lexicon is loaded for it (p.lexicon stays empty).
  const bool built = !flags.timeline.empty() || (flags.inputs.size() == 1 && built_timeline_file(flags.inputs.front()));
  if (!built && !load_lexicon(flags, p, err)) return false;
  if (flags.jobs < 0) {
    err << "newsline: error: --jobs must be 0 (all cores) or more\n";
    return false;
  }
  if (static_cast<unsigned>(flags.jobs) > max_jobs()) {
    err << "newsline: warning: --jobs " << flags.jobs << " is more than 4 threads a core; using " << max_jobs() << "\n";
  }
  p.analyze.figures.bare_numbers = !flags.units_only;
  p.read.max_file_bytes = flags.max_file_bytes;
  p.analyze.events.max_events = flags.max_events;
  return true;
}

namespace {

// One analysed document, or the failure of its analysis.
struct Job {
  std::vector<Status> before;  // the reader's problems up to this document, printed before its own
  Document doc;
  Analysis analysis;  // empty once rendered: freed on the worker that built it
  std::string failure;  // non-empty: analysis threw (a defect, reported, the run goes on)
  std::string rendered;
  std::size_t events = 0;  // of the analysis
};

// Cuts a document longer than `limit` bytes at a line or code-point boundary.
bool cut_document(Document& doc, std::size_t limit) {
  if (doc.text.size() <= limit) return false;
  std::size_t cut = doc.text.rfind('\n', limit);
  if (cut == std::string::npos || cut < limit / 2) {
    cut = limit;
    while (cut > 0 && (static_cast<unsigned char>(doc.text[cut]) & 0xC0) == 0x80) --cut;
  }
  doc.text.resize(cut);
  doc.text.shrink_to_fit();  // the cut part is freed, not kept while the rest is analysed
  return true;
}

// The documents of one input that carry no publication date of their own (no metadata
// or digest heading), and how each was dated: from its text (dateline, a date near the
// top or in the title), by --anchor, or not at all.
struct UndatedCount {
  std::size_t documents = 0, undated = 0, from_text = 0, anchored = 0;
  void add(const Document& doc) {
    ++documents;
    if (doc.published_from == "metadata" || doc.published_from == "heading") return;
    ++undated;
    if (doc.published_from == "anchor") ++anchored;
    else if (doc.published && doc.published_from != "none") ++from_text;
  }
};

// "feed.jsonl: warning: 450 of 3032 documents carry no publication date: …", or nothing.
std::optional<Status> undated_warning(const std::string& input, const UndatedCount& c, const std::string& anchor) {
  // Dated from their own text is dated: only documents without a date of their own warn.
  if (c.undated == c.from_text) return std::nullopt;
  std::string message = std::to_string(c.undated) + " of " + std::to_string(c.documents) +
                        (c.documents == 1 ? " document carries" : " documents carry") + " no publication date";
  std::vector<std::string> parts;
  if (c.from_text > 0) parts.push_back(std::to_string(c.from_text) + " dated from their text (dateline, a date at the top or in the title)");
  if (c.anchored > 0) parts.push_back(std::to_string(c.anchored) + " anchored at --anchor " + anchor);
  if (const std::size_t none = c.undated - c.from_text - c.anchored; none > 0) {
    parts.push_back(std::to_string(none) + " with no anchor: their relative dates (昨天, 本周, last week) stay unresolved;"
                    " --anchor TIME gives them one");
  }
  for (std::size_t k = 0; k < parts.size(); ++k) message += (k == 0 ? ": " : ", ") + parts[k];
  return warning_at(Code::BadRecord, SourcePos{input, 0}, std::move(message));
}

// Analyses `job`'s document in place (a document is many strings: moved as little as may be).
void analyze_job(Analyzer& analyzer, const ReadOptions& read, const Render& render, Job& job) {
  try {
    if (!job.doc.finished) finish_document(job.doc, read);
    job.analysis = analyzer.analyze(job.doc);
    job.events = job.analysis.events.size();
    if (render) {
      job.rendered = render(job.doc, job.analysis);
      // Its many small blocks go back to this thread's allocator arena, not across threads
      // (a free from another thread locks the arena the allocating thread is using).
      job.analysis = Analysis{};
    }
  } catch (const std::exception& e) {
    job.failure = e.what();
  }
}

}  // namespace

int run_pipeline(const CommonFlags& flags, Prepared& p, const Render& render, const Sink& sink, std::ostream& err) {
  std::vector<Status> problems;
  ReadStats stats;
  std::size_t failed = 0;
  const unsigned jobs = job_count(flags);
  // A progress line on stderr, only when it is a terminal and only for runs that take a while.
  const bool progress = &err == &std::cerr && ::isatty(STDERR_FILENO) != 0;
  std::size_t done_count = 0;
  UndatedCount undated;  // of the input being read
  auto last_report = std::chrono::steady_clock::now();
  const auto started = last_report;
  auto report = [&](bool final) {
    if (!progress) return;
    auto now = std::chrono::steady_clock::now();
    if (!final && now - last_report < std::chrono::milliseconds(250)) return;
    if (now - started < std::chrono::seconds(1)) return;
    last_report = now;
    double seconds = std::chrono::duration<double>(now - started).count();
    char line[96];
    std::snprintf(line, sizeof line, "\r  %zu documents, %.0f docs/s%s", done_count, done_count / seconds, final ? "\n" : "");
    err << line << std::flush;
  };
  // Problems are printed in input order whatever the number of jobs: a document's (and the
  // reader's before it) when it is emitted, the rest of a file's after its last document.
  auto print = [&](const std::vector<Status>& list) {
    for (const Status& s : list) err << format_status(s) << "\n";
  };
  auto emit = [&](Job& job, const std::string& input) {
    print(job.before);
    if (!job.failure.empty()) {
      err << format_status(error_at(Code::BadRecord, SourcePos{input, job.doc.line},
                                    "document " + job.doc.id + " could not be analysed: " + job.failure))
          << "\n";
      ++failed;
      return;
    }
    if (job.events >= p.analyze.events.max_events) {
      err << format_status(warning_at(Code::Limit, SourcePos{input, job.doc.line},
                                      "document " + job.doc.id + " reached the limit of " +
                                          std::to_string(p.analyze.events.max_events) +
                                          " events (--max-events); later events are left out"))
          << "\n";
    }
    undated.add(job.doc);
    sink(job.doc, job.analysis, job.rendered);
    ++done_count;
    report(false);
  };
  // Documents over --max-doc-bytes are cut before analysis, with a warning.
  auto limit = [&](Document& doc, const std::string& input) {
    std::size_t size = doc.text.size();
    if (cut_document(doc, flags.max_doc_bytes)) {
      problems.push_back(warning_at(Code::Limit, SourcePos{input, doc.line},
                                    "document " + doc.id + " is " + std::to_string(size) + " bytes; only the first " +
                                        std::to_string(doc.text.size()) + " are read (--max-doc-bytes)"));
    }
  };
  auto flush_problems = [&] {
    print(problems);
    problems.clear();
  };
  // After each input: how its documents without a publication date were dated.
  auto report_undated = [&](const std::string& input) {
    if (std::optional<Status> w = undated_warning(input, undated, flags.anchor)) err << format_status(*w) << "\n";
    undated = UndatedCount{};
  };
  // A document as read becomes a job holding the problems read before it.
  auto take = [&](Document&& doc, const std::string& input) {
    limit(doc, input);
    Job job{std::move(problems), std::move(doc), {}, {}, {}};
    problems.clear();  // moved from: valid and empty again
    return job;
  };

  if (jobs == 1) {
    Analyzer analyzer(*p.lexicon, p.analyze);
    for (const std::string& input : flags.inputs) {
      read_input(input, p.read, [&](Document&& doc) {
        Job job = take(std::move(doc), input);
        analyze_job(analyzer, p.read, render, job);
        emit(job, input);
      }, problems, stats);
      flush_problems();
      report_undated(input);
    }
  } else {
    p.read.defer_finish = true;  // titles, datelines and year context are read on the workers
    // Documents go to the workers in batches (a headline is a few microseconds of work: one
    // hand-over each would cost more than the work). Workers take batches from a queue;
    // results are emitted in input order by this thread, which stops reading while too
    // many batches are in flight (memory stays bounded).
    constexpr std::size_t kBatchBytes = 64 * 1024, kBatchDocs = 128;
    struct Batch {
      std::size_t seq = 0;
      std::vector<Job> jobs;
    };
    const std::size_t window = 4 * jobs + 4;
    std::mutex mu;
    std::condition_variable work_ready, result_ready;
    std::deque<Batch> queue;
    std::map<std::size_t, Batch> done;
    bool closing = false;
    // However this scope is left (an exception while reading: a failed allocation), the
    // workers are told to stop, without the queued work, and joined.
    struct Closer {
      std::mutex& mu;
      std::condition_variable& work_ready;
      std::deque<Batch>& queue;
      bool& closing;
      ~Closer() {
        {
          std::lock_guard lock(mu);
          closing = true;
          queue.clear();
        }
        work_ready.notify_all();
      }
    };
    TaskGroup workers;  // declared before the closer: destroyed (joined) after it has run
    Closer closer{mu, work_ready, queue, closing};
    for (unsigned w = 0; w < jobs; ++w) {
      workers.spawn([&] {
        Analyzer analyzer(*p.lexicon, p.analyze);
        for (;;) {
          Batch batch;
          {
            std::unique_lock lock(mu);
            work_ready.wait(lock, [&] { return closing || !queue.empty(); });
            if (queue.empty()) return;
            batch = std::move(queue.front());
            queue.pop_front();
          }
          for (Job& job : batch.jobs) analyze_job(analyzer, p.read, render, job);
          {
            std::lock_guard lock(mu);
            done.emplace(batch.seq, std::move(batch));
          }
          result_ready.notify_one();
        }
      });
    }
    std::size_t next_in = 0, next_out = 0;
    std::string current_input;
    Batch filling;
    std::size_t filling_bytes = 0;
    auto drain = [&](bool all) {
      for (;;) {
        Batch batch;
        {
          std::unique_lock lock(mu);
          if (next_out == next_in) return;
          if (!all && next_in - next_out < window && !done.count(next_out)) return;
          result_ready.wait(lock, [&] { return done.count(next_out) > 0; });
          batch = std::move(done.at(next_out));
          done.erase(next_out);
        }
        ++next_out;
        for (Job& job : batch.jobs) emit(job, current_input);
      }
    };
    auto submit = [&] {
      if (filling.jobs.empty()) return;
      filling.seq = next_in++;
      {
        std::lock_guard lock(mu);
        queue.push_back(std::move(filling));
      }
      work_ready.notify_one();
      filling = Batch{};
      filling_bytes = 0;
      drain(false);
    };
    for (const std::string& input : flags.inputs) {
      current_input = input;
      read_input(input, p.read, [&](Document&& doc) {
        filling.jobs.push_back(take(std::move(doc), input));
        filling_bytes += filling.jobs.back().doc.text.size();
        if (filling_bytes >= kBatchBytes || filling.jobs.size() >= kBatchDocs) submit();
      }, problems, stats);
      submit();
      drain(true);
      flush_problems();
      report_undated(input);
    }
    {
      std::lock_guard lock(mu);
      closing = true;
    }
    work_ready.notify_all();
    workers.join();
  }
  return_free_memory();
  report(true);
  flush_problems();
  stats.rejected += failed;
  if (stats.documents == 0) return stats.rejected > 0 || stats.files == 0 ? kExitNothing : kExitOk;
  return stats.rejected > 0 ? kExitSomeRejected : kExitOk;
}

unsigned link_threads(const CommonFlags& flags) { return job_count(flags); }

std::optional<std::string> built_timeline(const CommonFlags& flags, std::string& problem) {
  if (!flags.timeline.empty()) {
    if (!flags.inputs.empty()) {
      problem = "--timeline reads a built timeline alone: give no other input";
      return std::nullopt;
    }
    std::error_code ec;
    if (!std::filesystem::is_directory(flags.timeline, ec)) return flags.timeline;  // a missing file: the reader says so
    const std::filesystem::path file = std::filesystem::path(flags.timeline) / "timeline.json";
    if (!std::filesystem::exists(file, ec)) {
      problem = "--timeline: " + flags.timeline + " holds no timeline.json (newsline build -o DIR writes one)";
      return std::nullopt;
    }
    return file.string();
  }
  for (const std::string& input : flags.inputs) {
    if (std::optional<std::string> file = built_timeline_file(input)) {
      if (flags.inputs.size() == 1) return file;
      // Its events are linked already: news beside it would need extracting and linking with them.
      problem = input + " is a built timeline: read it alone (or build again with the other inputs)";
      return std::nullopt;
    }
  }
  return std::nullopt;
}

int collect_timeline(const CommonFlags& flags, Prepared& p, Timeline& timeline, std::ostream& err, KeepGraph keep,
                     const DateRange& view) {
  std::string problem;
  if (std::optional<std::string> built = built_timeline(flags, problem)) {
    TimelineReadOptions options;
    options.keep = view;
    Result<Timeline> read = read_timeline_json(*built, options);
    if (!read.ok()) {
      err << format_status(read.status()) << "\n";
      return kExitNothing;
    }
    timeline = std::move(read).value();
    return kExitOk;
  }
  if (!problem.empty()) {
    err << "newsline: error: " << problem << "\n";
    return kExitUsage;
  }
  int status = run_pipeline(flags, p, [&](const Document& doc, Analysis& a) { add_document(timeline, doc, std::move(a)); }, err);
  if (status != kExitNothing) {
    LinkOptions options;
    options.threads = link_threads(flags);
    link_timeline(timeline, options, keep);
  }
  return status;
}

}  // namespace newsline
