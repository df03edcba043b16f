// Small MDX sources for the content tests.

export const section = (frontmatter: string, body = 'Some words a reader sees.') =>
  `---\n${frontmatter}\n---\n\n${body}\n`;

export const META = `---
slug: test-article
headline: A test article headline
title: A test article title
description: A description long enough to pass the fifty character minimum rule.
author: mudassir-khan
published: 2026-01-05T09:00:00+00:00
updated: 2026-02-01T10:30:00+05:00
tags: [Testing, AI Systems]
---
`;

export const FAQ_BODY = `Intro before the questions.

### First question?

First answer, with **bold** and a [link](site:nebuladesk).

Second paragraph of the first answer.

### Second question?

Second answer.`;

/** A page.mdx: its path, kind and page fields. */
export const PAGE = `---
path: /about
kind: profile
headline: About the author
title: About the author of this test site
description: A description long enough to pass the fifty character minimum rule.
updated: 2026-02-01T10:30:00+05:00
---
`;

/** A case-study.mdx: its slug, client and measured figures. */
export const STUDY = `---
slug: test-study
headline: A test case study headline
title: A test case study title
description: A description long enough to pass the fifty character minimum rule.
client: Test Client
author: mudassir-khan
published: 2026-01-05T09:00:00+00:00
updated: 2026-02-01T10:30:00+05:00
figures:
  - value: 50%
    label: shorter cycle time
---
`;
