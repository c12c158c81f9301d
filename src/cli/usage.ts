/**
 * What bare `newsmark` in a terminal prints (stdin a terminal, no input given) instead of waiting in
 * silence for an article to be typed: the commonest uses, and where to find the rest.
 */
export const USAGE = `Usage: newsmark [options] [files, folders, globs or .jsonl archives…]

Annotate English news articles: people, places, organizations, quotes and speakers, issues.

  newsmark article.txt                  one article; YAML on stdout
  pbpaste | newsmark -f pretty          an article from the clipboard (or any pipe), to read
  newsmark -o out/ archive/             a folder of articles, one YAML file each in out/

newsmark --help lists every option; newsmark - reads an article typed in the terminal.
`;
