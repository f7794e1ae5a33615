#include "ppsnet/output/render.hpp"

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <mutex>
#include <stdexcept>

namespace ppsnet::output {

namespace {

// Graphviz has process-wide state (error handler and level, lexer buffers): one user at a time.
std::mutex& graphviz_mutex() {
  static std::mutex m;
  return m;
}

// Messages Graphviz reported through agerr while a Session is active (guarded by graphviz_mutex).
std::string& captured_messages() {
  static std::string messages;
  return messages;
}

int capture_graphviz_message(char* text) {
  if (text != nullptr) captured_messages() += text;
  return 0;
}

// Holds the Graphviz lock, routes Graphviz messages into captured_messages(), and owns the graph and its layout;
// releases them in the right order (gvFreeLayout before agclose).
class Session {
 public:
  Session() : lock_(graphviz_mutex()) {
    captured_messages().clear();
    previous_handler_ = agseterrf(capture_graphviz_message);
    previous_level_ = agseterr(AGWARN);
    agreseterrors();
  }
  Session(const Session&) = delete;
  Session& operator=(const Session&) = delete;
  ~Session() {
    if (graph_ != nullptr) {
      if (laid_out_) gvFreeLayout(context(), graph_);
      agclose(graph_);
    }
    agseterr(previous_level_);
    agseterrf(previous_handler_);
  }

  // One context for the whole process, created on first use and never freed (it stays reachable, so leak checkers
  // do not report it). Graphviz 2.43's pango plugin keeps a static pointer to a font name owned by the context's
  // font cache: after gvFreeContext() and a new gvContext() that pointer dangles (heap-use-after-free under
  // AddressSanitizer when the next label is measured), so the context must outlive every render.
  static GVC_t* context() {
    static GVC_t* gvc = gvContext();
    if (gvc == nullptr) fail("could not create a Graphviz context");
    return gvc;
  }

  Agraph_t* read(const std::string& dot) {
    // gvContext() first: it registers the attribute defaults that rendering relies on.
    context();
    graph_ = agmemread(dot.c_str());
    if (graph_ == nullptr && captured_messages().empty()) fail("could not parse the DOT text: no graph in it");
    if (graph_ == nullptr || agerrors() > 0) fail("could not parse the DOT text");
    return graph_;
  }

  void layout(const std::string& engine) {
    std::string name = engine;
    if (name.empty()) {
      const char* attr = agget(graph_, const_cast<char*>("layout"));
      name = (attr != nullptr && *attr != '\0') ? attr : "dot";
    }
    if (gvLayout(context(), graph_, name.c_str()) != 0) fail("layout '" + name + "' failed");
    laid_out_ = true;
  }

  std::string render(const std::string& format) {
    char* data = nullptr;
    unsigned int length = 0;
    const int rc = gvRenderData(context(), graph_, format.c_str(), &data, &length);
    std::string out;
    if (data != nullptr) {
      out.assign(data, length);
      gvFreeRenderData(data);
    }
    if (rc != 0) fail("rendering format '" + format + "' failed");
    return out;
  }

  [[noreturn]] static void fail(const std::string& what) {
    std::string message = captured_messages();
    while (!message.empty() && (message.back() == '\n' || message.back() == ' ')) message.pop_back();
    throw std::runtime_error("graphviz: " + what + (message.empty() ? std::string() : ": " + message));
  }

 private:
  std::lock_guard<std::mutex> lock_;
  agusererrf previous_handler_ = nullptr;
  agerrlevel_t previous_level_ = AGWARN;
  Agraph_t* graph_ = nullptr;
  bool laid_out_ = false;
};

std::vector<std::string> plugin_names(const char* kind) {
  Session session;
  int size = 0;
  char** list = gvPluginList(session.context(), kind, &size, nullptr);
  std::vector<std::string> names;
  if (list != nullptr) {
    for (int i = 0; i < size; ++i) {
      std::string name = list[i];
      if (auto colon = name.find(':'); colon != std::string::npos) name.resize(colon);
      names.push_back(name);
      std::free(list[i]);
    }
    std::free(list);
  }
  std::sort(names.begin(), names.end());
  names.erase(std::unique(names.begin(), names.end()), names.end());
  return names;
}

std::map<std::string, std::string> declared_attributes(Agraph_t* root, int kind, void* object) {
  std::map<std::string, std::string> out;
  for (Agsym_t* sym = agnxtattr(root, kind, nullptr); sym != nullptr; sym = agnxtattr(root, kind, sym)) {
    const char* value = agxget(object, sym);
    out.emplace(sym->name, value != nullptr ? value : "");
  }
  return out;
}

}  // namespace

std::string render_to_string(const std::string& dot, const std::string& format, const std::string& layout) {
  Session session;
  session.read(dot);
  session.layout(layout);
  return session.render(format);
}

void render(const std::string& dot, const std::string& format, const std::string& layout,
            const std::string& out_path) {
  const std::string bytes = render_to_string(dot, format, layout);
  std::ofstream file(out_path, std::ios::binary | std::ios::trunc);
  if (!file) throw std::runtime_error("cannot open '" + out_path + "' for writing");
  file.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  file.close();
  if (!file) throw std::runtime_error("cannot write '" + out_path + "'");
}

std::vector<LayoutPosition> layout_positions(const std::string& dot, const std::string& layout) {
  Session session;
  Agraph_t* g = session.read(dot);
  session.layout(layout);
  std::vector<LayoutPosition> out;
  out.reserve(static_cast<std::size_t>(agnnodes(g)));
  for (Agnode_t* n = agfstnode(g); n != nullptr; n = agnxtnode(g, n)) {
    const char* name = agnameof(n);
    out.push_back({name != nullptr ? name : "", ND_coord(n).x, ND_coord(n).y});
  }
  return out;
}

std::vector<std::string> available_layouts() { return plugin_names("layout"); }
std::vector<std::string> available_formats() { return plugin_names("device"); }

DotGraphInfo parse_dot(const std::string& dot) {
  Session session;
  Agraph_t* g = session.read(dot);
  DotGraphInfo info;
  const char* name = agnameof(g);
  info.name = name != nullptr ? name : "";
  info.directed = agisdirected(g) != 0;
  info.attributes = declared_attributes(g, AGRAPH, g);
  for (Agnode_t* n = agfstnode(g); n != nullptr; n = agnxtnode(g, n)) {
    DotNodeInfo node;
    const char* node_name = agnameof(n);
    node.name = node_name != nullptr ? node_name : "";
    node.attributes = declared_attributes(g, AGNODE, n);
    info.nodes.push_back(std::move(node));
  }
  info.num_edges = static_cast<std::size_t>(agnedges(g));
  for (Agraph_t* s = agfstsubg(g); s != nullptr; s = agnxtsubg(s)) {
    const char* sub_name = agnameof(s);
    info.subgraphs.emplace_back(sub_name != nullptr ? sub_name : "");
  }
  return info;
}

}  // namespace ppsnet::output
