/** 简体中文：隐私指示与离线使用（对应 en-offline.ts）。 */
export const zhCNOffline: Record<string, string> = {
  'privacy.requests': '向其他网站发出 {count} 个请求',
  'privacy.one_request': '向其他网站发出 1 个请求',
  'privacy.explain': '本页面自打开以来向其他网站发出的请求数，来自浏览器的资源计时。您的数据从不离开本浏览器，因此这里必须为 0。',
  'privacy.scope':
    '这里统计的是页面本身看到的请求，不含应用后台线程的请求。后台线程只获取本应用自己的文件：代码关闭了 DuckDB 的扩展下载，页面的安全策略也不允许任何其他网站（见 README）。',
  'privacy.origin': '{origin}：{count}',
  'offline.ready': '已保存供离线使用：无网络时也能打开和使用本应用。',
  'offline.not_ready': '尚未保存供离线使用（构建版应用在首次访问后保存）。',
};
