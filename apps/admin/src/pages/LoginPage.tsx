import { useState } from 'react';
import { Alert, Button, Card, Flex, Form, Input, Typography } from 'antd';
import { LockOutlined, StarFilled, UserOutlined } from '@ant-design/icons';
import { Navigate, useSearchParams } from 'react-router';
import { useMutation } from 'urql';
import { useSession } from '../auth/session';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { graphql } from '../gql';
import { useI18n } from '../i18n';
import { classifyError } from '../lib/errors';
import { useDocumentTitle } from '../lib/hooks';

const LoginDocument = graphql(`
  mutation Login($username: String!, $password: String!) {
    login(username: $username, password: $password) {
      user {
        id
        displayName
      }
    }
  }
`);

/** Only paths of this app: never another site (open redirect) or a protocol-relative URL. */
export function safeNext(raw: string | null): string {
  if (!raw || !raw.startsWith('/') || raw.startsWith('//') || raw.startsWith('/\\') || raw.startsWith('/login')) return '/';
  return raw;
}

interface Values {
  username: string;
  password: string;
}

export default function LoginPage() {
  const { t } = useI18n();
  const session = useSession();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const [{ fetching }, login] = useMutation(LoginDocument);
  const [problem, setProblem] = useState<string | null>(null);
  const [form] = Form.useForm<Values>();
  useDocumentTitle(t.login.title);

  if (session.viewer) return <Navigate to={next} replace />;

  const submit = async (values: Values) => {
    setProblem(null);
    const res = await login({ username: values.username.trim(), password: values.password });
    if (res.data?.login) {
      session.signedIn();
      return;
    }
    const error = res.error;
    if (!error) return setProblem(t.errors.UNKNOWN);
    const first = error.graphQLErrors[0];
    const reason = String(first?.extensions?.reason ?? '');
    const field = String(first?.extensions?.field ?? '');
    if (reason === 'LOCKED') {
      // The server says how long in extensions.retryAfterSeconds (its message is not read).
      const seconds = Number(first?.extensions?.retryAfterSeconds);
      setProblem(t.login.locked(Number.isFinite(seconds) && seconds > 0 ? String(Math.ceil(seconds / 60)) : null));
    } else if (reason === 'BAD_CREDENTIALS') {
      setProblem(t.login.badCredentials);
      form.setFieldValue('password', '');
    } else if (first?.extensions?.code === 'VALIDATION_FAILED' && (field === 'username' || field === 'password')) {
      form.setFields([{ name: field, errors: [field === 'username' ? t.login.usernameRequired : t.login.passwordRequired] }]);
    } else {
      setProblem(t.errors[classifyError(error)]);
    }
  };

  return (
    <Flex vertical style={{ minHeight: '100vh', background: '#f3f4f6' }}>
      <Flex justify="flex-end" style={{ padding: '16px 24px' }}>
        <LanguageSwitch />
      </Flex>
      <Flex flex={1} justify="center" align="flex-start" style={{ padding: '6vh 16px 48px' }}>
        <Card style={{ width: 420, maxWidth: '100%' }} styles={{ body: { padding: 32 } }}>
          <Flex vertical align="center" gap={4} style={{ marginBottom: 24 }}>
            <StarFilled style={{ color: '#c8102e', fontSize: 36 }} />
            <Typography.Title level={3} style={{ margin: '8px 0 0' }}>
              {t.app.name}
            </Typography.Title>
            <Typography.Text type="secondary">{t.app.tagline}</Typography.Text>
          </Flex>
          {session.expired ? <Alert type="info" showIcon title={t.login.expired} style={{ marginBottom: 16 }} /> : null}
          {problem ? <Alert type="error" showIcon title={problem} style={{ marginBottom: 16 }} data-testid="login-error" /> : null}
          <Form<Values> form={form} layout="vertical" requiredMark={false} onFinish={submit} disabled={fetching} data-testid="login-form">
            <Form.Item name="username" label={t.login.username} rules={[{ required: true, whitespace: true, message: t.login.usernameRequired }]}>
              <Input prefix={<UserOutlined />} autoComplete="username" autoFocus size="large" autoCapitalize="none" spellCheck={false} />
            </Form.Item>
            <Form.Item name="password" label={t.login.password} rules={[{ required: true, message: t.login.passwordRequired }]}>
              <Input.Password prefix={<LockOutlined />} autoComplete="current-password" size="large" />
            </Form.Item>
            <Button type="primary" htmlType="submit" size="large" block loading={fetching}>
              {t.login.submit}
            </Button>
          </Form>
          <Typography.Paragraph type="secondary" style={{ marginTop: 20, marginBottom: 0, fontSize: 13, textAlign: 'center' }}>
            {t.login.help}
          </Typography.Paragraph>
        </Card>
      </Flex>
    </Flex>
  );
}
