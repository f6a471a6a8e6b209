/*
 * The install page's script, plain ES5 so that any browser on the clerk's computer runs it. It
 * registers the add-in in online mode through the WPS service on this computer, which writes
 * the user's jsaddons/publish.xml: the add-in's address is this page's folder.
 */
(function () {
  "use strict";
  var SERVICE = "http://127.0.0.1:58890/deployaddons/runParams";
  var NAME = "kaohe";
  var VERSION = "__KAOHE_VERSION__";
  var url = window.location.href.replace(/[?#].*$/, "").replace(/[^/]*$/, "");

  function base64Utf8(text) {
    return window.btoa(unescape(encodeURIComponent(text)));
  }

  function say(text) {
    document.getElementById("status").textContent = text;
  }

  function send(cmd) {
    var request = new XMLHttpRequest();
    request.open("POST", SERVICE, true);
    request.timeout = 5000;
    request.onload = function () {
      if (request.status === 200) {
        say(cmd === "enable" ? "已安装。请完全退出 WPS 后重新打开 WPS 表格。" : "已卸载。重新打开 WPS 表格后生效。");
      } else {
        say("WPS 本机服务拒绝了请求（" + request.status + "）。请联系信息化部门。");
      }
    };
    request.onerror = request.ontimeout = function () {
      say("未连接到 WPS 本机服务：请先启动一次 WPS，再点一次按钮。");
    };
    var payload = { cmd: cmd, name: NAME, url: url, addonType: "et", online: "true", version: VERSION };
    request.send(base64Utf8(JSON.stringify(payload)));
  }

  document.getElementById("url").textContent = url;
  document.getElementById("install").onclick = function () {
    send("enable");
  };
  document.getElementById("remove").onclick = function () {
    send("disable");
  };
})();
