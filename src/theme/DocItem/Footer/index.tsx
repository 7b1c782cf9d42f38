/**
 * Wraps the stock doc footer (tags, "Edit this page", last-updated date) and adds the
 * "Was this article helpful?" control after it. Wrapping rather than ejecting keeps theme
 * updates flowing into the original footer.
 */
import React, { type ReactNode } from 'react';
import Footer from '@theme-original/DocItem/Footer';
import type FooterType from '@theme/DocItem/Footer';
import type { WrapperProps } from '@docusaurus/types';
import { useDoc } from '@docusaurus/plugin-content-docs/client';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import HelpfulFeedback from '@site/src/components/HelpfulFeedback';

type Props = WrapperProps<typeof FooterType>;

export default function FooterWrapper(props: Props): ReactNode {
  const { metadata } = useDoc();
  const { siteConfig } = useDocusaurusContext();
  const repoUrl = siteConfig.customFields?.repoUrl;
  return (
    <>
      <Footer {...props} />
      <HelpfulFeedback
        key={metadata.permalink}
        pageId={metadata.permalink}
        pageTitle={metadata.title}
        pageUrl={`${siteConfig.url}${metadata.permalink}`}
        repoUrl={typeof repoUrl === 'string' ? repoUrl : undefined}
      />
    </>
  );
}
