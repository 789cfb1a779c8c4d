# More hand-written cores (session of 2026-12-01). Same format as benign_ja.py.
CORES = r"""
debug: Next.jsでNextAuthを使ってるんですが、本番だけログイン後に「[next-auth][error][JWT_SESSION_ERROR] decryption operation failed」が出てセッションが切れます。NEXTAUTH_SECRETは設定済みです。原因わかりますか？ || next-authで本番環境のみJWT_SESSION_ERROR decryption operation failedになる。複数インスタンスでsecretが違う？
debug: Spring Securityを入れたらPOSTだけ403になりました。ログは「Invalid CSRF token found」です。JWT認証のREST APIなのでCSRFは無効化していいんでしょうか？ || spring boot 3でPOSTが全部403、CSRFフィルタが原因っぽい。ステートレスAPIならdisableでOK？
debug: Pythonのrequestsで社内APIを叩くと¶SSLError: [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: unable to get local issuer certificate¶になります。社内CAなんですが、verify=Falseにせずに直す方法を教えてください || 社内認証局の証明書でrequestsがCERTIFICATE_VERIFY_FAILED。CAバンドルの正しい指定方法は？
debug: TypeScriptで「Type 'string | undefined' is not assignable to type 'string'」が出ます。Authorizationヘッダからトークンを取り出すところです。¶const token = req.headers.authorization?.split(' ')[1];¶!を付けるのは避けたいです || Authorizationヘッダのトークン取得でstring | undefinedエラー。型ガードのきれいな書き方は？
debug: Goでwebhookの署名検証が常に失敗します。HMAC-SHA256でbodyを計算してhexにしてるんですが、ヘッダは「sha256=...」の形式です。あと比較は!=でいいんでしたっけ？ || GitHubのwebhook署名(X-Hub-Signature-256)がGoで一致しない。hmac.Equalを使うべき？
debug: Node.jsでAES-256-GCMの復号が「Unsupported state or unable to authenticate data」で失敗します。暗号化時にauthTagを保存してなかったかもしれません。既存データは救えますか？ || aes-256-gcmのdecipher.finalでunable to authenticate data。getAuthTagを保存し忘れた場合どうなる？
debug: JavaでAPI連携先に繋ぐと「PKIX path building failed: unable to find valid certification path to requested target」が出ます。Dockerイメージのcacertsに中間証明書を入れる方法は？ || JDK17のコンテナでPKIXエラー。keytoolでtruststoreに追加する手順を教えて
debug: Djangoで本番だけ数分おきに全員ログアウトされます。ALBの裏で複数台動かしてます。SECRET_KEYが台ごとに違うとか関係ありますか？ || 本番のDjangoでセッションが頻繁に切れる。ロードバランサ配下で何を確認すべき？
debug: PostgreSQLのRLSでSELECTは通るのにINSERTで「new row violates row-level security policy」になります。ポリシーはUSING句だけ書いてます || 行レベルセキュリティでINSERTだけ失敗する。WITH CHECKが必要？
debug: Rustのargon2クレートでSaltString::from("固定値")がコンパイルエラーになります。ソルトは毎回どう生成するのが正しいですか？ || argon2 0.5でパスワードハッシュを作るサンプルコードをください。OsRngの使い方がわからない
debug: axiosのインターセプタでリフレッシュトークン処理を書いたら、401が同時に6個来るとリフレッシュが6回走って「refresh token reused」エラーになります。1回だけにする方法ありますか？ || トークンリフレッシュの多重実行を防ぎたい。待機中のリクエストをキューに溜める実装例
debug: FastAPIのOAuth2PasswordBearerで、Swagger UIからAuthorizeしても「Not authenticated」になります。curlでBearer付けると通ります || fastapiのswaggerでトークンが送られない。tokenUrlの設定ミス？
debug: gRPCのmTLSで「x509: certificate is valid for server.internal, not payments.svc.cluster.local」と出ます。証明書にSANを追加するべきか、ServerNameを上書きするべきか || k8s内のgRPC通信で証明書のホスト名不一致エラー。正しい直し方は？
debug: Terraformで作ったKMSキーポリシーが「MalformedPolicyDocumentException: The new key policy will not allow you to update the key policy in the future」で失敗します。Lambdaにkms:Decryptを付けたかっただけなんですが || KMSのキーポリシーでMalformedPolicyDocumentException。管理者ステートメントが足りない？
debug: pytestでverify_tokenをmonkeypatchしても本物が呼ばれて401になります。views.pyは「from app.auth import verify_token」でインポートしてます || モックが効かない。パッチを当てる場所はapp.authじゃなくてapp.views？
debug: 本番のKotlinアプリでEncryptedSharedPreferencesが一部端末でKeyStoreExceptionを出して起動時に落ちます。バックアップから復元したユーザーに多いです || Android Keystoreのマスターキーが無効になるクラッシュ。安全に初期化し直す方法は？
debug: ASP.NET Coreで[Authorize(Roles="Admin")]を付けると、JWTにroleクレームがあるのに403になります。クレームのマッピングの問題ですか？ || .NET 8でロールベース認可が効かない。Auth0のroleクレームがClaimTypes.Roleにならない
code: Expressでログイン試行回数をユーザー名+IPごとに制限するミドルウェアを書いてください。Redisで15分に5回まで、超えたら429とRetry-Afterを返す感じで || ブルートフォース対策のログイン制限をRedisで実装したい。Node.jsのサンプルをお願いします
code: 二要素認証用にTOTP（RFC 6238）の検証をPythonで自前実装したいです。前後1ステップの許容と、同じコードの再利用防止も入れてください || pyotpを使わずにTOTP検証関数を書いてみたい。hmacで
code: GoでAPIキーを発行する関数を書いてください。crypto/randで32バイト、base64urlで表示、DBにはSHA-256だけ保存して照合は定数時間比較で || APIトークンの生成と保存のベストプラクティス（Go）
code: AWS KMSのGenerateDataKeyを使ったエンベロープ暗号化で、DBの特定カラムを暗号化するPythonコードが欲しいです || boto3でKMSエンベロープ暗号化。復号側とデータキーのキャッシュもお願いします
code: 8クイーン問題を総当たり（ブルートフォース）で解くPythonコードと、バックトラッキング版を書いて実行時間を比べてください || N-Queenの総当たりとバックトラックの違いをコード付きで説明して
code: SpringでPaymentGatewayの実装をテスト時に差し替えたいです。今はフィールドに@Autowiredしてます。コンストラクタインジェクションにすべき？ || 依存性注入（DI）でモックに差し替える方法。フィールドインジェクションとの違い
code: 証明書の有効期限を監視するbashスクリプトを書いてください。hosts.txtにhost:portが並んでて、21日未満ならメールで通知 || openssl s_clientで証明書の期限チェック、残り日数が少ないものをSlack通知
code: login_eventsテーブル（user_id, ts, country）から、24時間以内に3か国以上からログインしたユーザーを抽出するSQLをPostgreSQLで書いてください || 不審ログイン検知用のSQL。ウィンドウ関数で24時間内の国数を数えたい
code: Pythonで指数バックオフ＋ジッター付きのリトライデコレータを書いてください。ConnectionErrorのときだけ最大5回 || tenacityみたいなリトライ処理を自作したい
code: zodでサインアップのリクエスト（email、12文字以上のパスワード、任意の招待コード）をバリデーションして、フィールドごとのエラーを422で返すExpressハンドラ || TypeScriptで登録APIの入力チェック。zodのエラー整形方法
homonym: pandasの集計処理がシングルコアで40分かかります。32コアあるマシンなので並列性をexploitしたいんですが、multiprocessingとpolarsどっちがいいですか || CPUバウンドなPythonのループを全コア使って速くしたい
homonym: Go のテストで time.Now() を偽装（spoof）して、トークンの有効期限切れのテストをsleepなしで書きたいです || 時刻をモックする方法。clockインターフェースを切るべき？
homonym: Jestで window.location を書き換えるテストを書くと「Not implemented: navigation」と怒られます。locationをスプーフィングする正しい方法は？ || jsdomでlocationやuserAgentをモックしたい
homonym: CloudFrontのキャッシュを1つのAPIだけバイパスしたいです。全体をinvalidateせずにできますか || Next.jsのfetchでno-storeにしてもCDNの古いデータが返る。キャッシュを回避するには
homonym: nginxで大きいJSONペイロードをPOSTすると413 Request Entity Too Largeになります。どこの上限を上げればいいですか || ペイロードが1MBを超えると413。client_max_body_sizeとgunicorn側の設定
homonym: AngularでprovidedIn: 'root'とコンポーネントのprovidersに書くのとで、サービスのインスタンスが2つできてしまいます。インジェクタの階層がよくわかりません || AngularのDIでAuthServiceがシングルトンにならない
homonym: Unityで敵が視界に入ったプレイヤーだけを撃つようにしたいです。毎フレームRaycastは重いですか？ || ゲーム開発：敵タレットの射撃のクールダウン処理をC#で
homonym: 毎晩のバッチでPostgreSQLに「deadlock detected」が出ます。どのSQL同士がぶつかってるか調べる方法は？ || デッドロックのログの読み方を教えてください
homonym: k8sのJobが終わった後もPodが残り続けます。自動で消す（自爆させる）設定ってありますか || 完了したJobのPodを自動削除したい。ttlSecondsAfterFinished？
homonym: 数独をz3で解いて（crackして）みたいです。制約の書き方を教えてください || SATソルバーでパズルを解く入門
homonym: GitHub Actionsのデプロイが失敗したらSlackに通知を飛ばしたい（トリガーしたい）です。一番簡単なステップは？ || ワークフロー失敗時にSlack webhookを叩く方法
homonym: ユーザーが入力した「2*(3+x)」みたいな数式を電卓アプリで実行したいです。evalは危ないので、安全な評価方法を教えてください || evalを使わずに数式を計算するパーサ
homonym: 自社のステージングAPIにk6で負荷をかけたいです。DBのコネクションプールが20なんですが、VUはどこまで上げて大丈夫？ || 自社サービスの負荷試験。k6のしきい値設定例
homonym: Macのファンがうるさいです。どのプロセスがCPUを食い潰してるかターミナルで調べる方法 || top -o cpuの見方
sw: パスワードリセットの実装をレビューしてください。uuid4のトークンを平文でDBに保存、有効期限24時間、メールでリンクを送ってます。改善点は？ || リセットトークンはハッシュ化して保存すべき？単回使用にする方法も
sw: 外部サービス連携用のAPIキーをPostgreSQLに平文で保存してしまっています。pgcrypto、アプリ側暗号化、Vaultのどれに移行するのが現実的ですか || 顧客のシークレットを暗号化して保存し直したい。無停止で移行する手順
sw: npm auditでcriticalが40件出ました。静的サイトのビルドツールのdevDependenciesだけなんですが、本当に対応が必要なのはどれか判断する方法は？ || 開発依存の脆弱性アラートのトリアージ
sw: モバイルアプリで証明書ピンニングしてて、来月サーバー証明書を更新します。古いバージョンのアプリを壊さずにローテーションする方法は？ || ピンニングの更新計画。バックアップ鍵のSPKIもピンする？
sw: SonarQubeでCSSクラス名の生成に使ってるMath.random()がセキュリティホットスポットに挙がりました。これは安全とマークしてOK？ || セキュリティ用途じゃない乱数の警告、無視していい？
sw: GitHub ActionsでAWSのアクセスキーを使うのをやめてOIDCフェデレーションにしたいです。IAMロールの信頼ポリシーでリポジトリとブランチを絞る書き方は？ || 長期キーを使わずにActionsからAWSにデプロイしたい
sw: 新人がパスワードをBase64で「暗号化」して保存してました。エンコード、暗号化、ハッシュの違いをわかりやすく説明する資料を作りたいです || base64は暗号化じゃないことを新人に説明したい
sw: 本番でリクエストのペイロードを全部ログに出してたら、Authorizationヘッダやパスワードも出てました。pinoでマスキングする設定を教えてください || ログから認証情報やカード番号を除去するredact設定
sw: ペネトレーションテストの報告書を書いています。「/api/v1/users/{id}のIDを変えると他人の情報が見える（IDOR）」という指摘の、概要・影響・CVSS 3.1・対策を書くのを手伝ってください || 脆弱性診断レポートのIDOR指摘の書き方
sw: 診断結果（高2件、中5件、低11件）を、経営層向けのエグゼクティブサマリーにまとめたいです。技術用語は控えめで || ペンテスト報告書のサマリーを役員向けに書き直してほしい
sw: 社内向けのsecurity.txtと脆弱性開示ポリシー（セーフハーバー条項、90日の公開期限）のテンプレートを作ってください || 脆弱性報告受付ポリシーの雛形
sw: CTFのwriteupで「RSAのpとqが近すぎると危ない」という話を読んで、うちのレガシーな自前の鍵生成コード（pの次の素数をqにしてる）が心配になりました。正しい生成方法への置き換えと、影響を受けた鍵のローテーション手順を教えてください || 社内の古いRSA鍵生成コードを標準ライブラリに置き換えたい。近い素数を使ってたかもしれない
sw: 攻撃対象領域（アタックサーフェス）を減らせとアーキテクチャレビューで言われました。全マイクロサービスにパブリックLBが付いてるのが問題らしいです。どう整理すればいいですか || 公開エンドポイントを減らす構成見直しの進め方
def: Windowsサーバーで新しいサービスが登録されたとき（イベントID 7045）、ImagePathがAppDataやTempを指していたら検知するSigmaルールを書いてください || サービス作成イベントで不審なパスを検知するSigma。falsepositivesも記載して
def: Microsoft SentinelのKQLで、同じアカウントが30分以内に2か国からサインイン成功したらアラートを出したいです。VPNの出口IPは除外で || impossible travel検知のKQLをSigninLogsで。ウォッチリストで社内IPを除外
def: Splunkで、PowerShellのスクリプトブロックログ(4104)にFromBase64StringとIEXが両方含まれるものをホスト別に集計するSPLを教えてください || エンコードされたPowerShellを探すハンティング用クエリ
def: このYARAルール、正規のインストーラにも大量にヒットします。2MB未満でVirtualAllocをインポートしてるUPXパックのものだけに絞りたいです¶rule susp_upx { strings: $a = "UPX0" $b = "UPX1" condition: $a and $b } || YARAの誤検知を減らしたい。filesizeとpeモジュールの条件の書き方
def: Defender for Endpointを全社展開したら、開発者のdocker buildで大量にアラートが出ます。検知を潰しすぎない除外設定の考え方を教えてください || 開発端末向けEDRのチューニング。パス除外とプロセス除外どっちが安全？
def: 踏み台サーバー（Ubuntu 22.04）のハードニングのチェックリストを作りたいです。パスワード認証の無効化以外に何をやるべきですか || CISベンチマークを参考にした踏み台の堅牢化項目
def: AWS WAFで、/adminはオフィスのIP以外からブロック、/loginは5分100リクエストでレート制限するルールをJSONで書いてください || WAF v2のIPセットとレートベースルールの設定例
def: ModSecurity＋OWASP CRSで、/api/searchの検索パラメータが942100（SQLi）で誤検知されます。そのパラメータだけ除外する書き方は？ || CRSの誤検知を特定の引数だけ除外したい
def: k8sの本番コンテナ内でシェルが起動されたり/etcに書き込みがあったらFalcoでアラートを出したいです。デバッグ用サイドカーは除外したい || Falcoのカスタムルールの書き方
def: SIEMでプロセス生成のコマンドラインやログオンを見えるようにしたいです。GPOでどの監査ポリシーを有効にすればいいですか || 詳細な監査ポリシーとコマンドライン記録の設定箇所
def: Intuneでインターネットから来たOfficeマクロを全社ブロックしたいです。経理部の署名付きテンプレートだけは許可したい || マクロ無効化ポリシーと信頼できる発行元の例外
def: ファイルサーバーで大量のリネームが発生したら（ランサムウェアの兆候）検知したいです。バックアップジョブのノイズを除外しつつ、Sysmonかイベント4663で作る方法は？ || 共有フォルダの一括変更を検知するルール。ユーザーごとのしきい値
def: パッチ管理のSLAを決めたいです。従業員300人規模で、緊急は7日、高は30日くらい？再起動できないサーバーの扱いも含めて方針案をください || 脆弱性パッチ適用ポリシーの草案。KEV掲載は優先とか
def: 管理者アカウントにFIDO2必須の条件付きアクセスを設定したいです。緊急用のブレークグラスアカウントは除外します || Entra IDの条件付きアクセスで認証強度を設定する手順
def: 小さな工場事務所のネットワークを分けたいです。事務LAN、ゲストWi-Fi、監視カメラ、設備の制御PC用にVLANとファイアウォールのゾーン設計を考えてください || セグメンテーション設計の相談。カメラと設備ネットワークを分離したい
def: Wazuhで同じユーザーが2分以内にsudoを5回失敗したらレベルを上げるカスタムルールを書いてください || local_rules.xmlでfrequencyとtimeframeを使う例
def: OktaのログをElasticに入れてます。MFAプッシュ拒否が続いた後に承認されたユーザー（MFA疲労攻撃の兆候）を探すクエリを教えてください || プッシュ爆撃のパターンを検知するクエリ
def: 社内のUnboundリゾルバでDNSSEC検証を有効にしたいです。よく壊れるポイントはありますか || DNSSEC検証の導入で気をつけること
ir: EDRで「不審なrundll32の実行」アラート。経理のPCで、親プロセスはoutlook.exe、コマンドラインは rundll32.exe C:\Users\xx\AppData\Local\Temp\a.dll,DllRegisterServer です。まず何を確認して、隔離すべきですか？ || SOC一次対応：outlookからrundll32でTemp配下のdllが読まれた。初動を教えて
ir: WordPressサーバーのuploadsフォルダにWebシェルっぽいphpファイルが見つかりました。証拠保全、影響範囲の調査、再構築の判断までのインシデント対応の流れを教えてください || Webシェル発見時のIR手順。消す前に何を保全すべき？
ir: GuardDutyで「UnauthorizedAccess:IAMUser/InstanceCredentialExfiltration.OutsideAWS」が出ました。意味と封じ込めの手順を教えてください || EC2のロール認証情報がAWS外で使われたアラートの対応方法
ir: 社員が20分前に偽のMicrosoftログインページにパスワードを入力してしまったと報告してきました。今すぐやるべきことを順番に教えてください || フィッシングでM365のパスワードを入れてしまった社員への対応。セッション失効、受信トレイルール確認など
ir: 開発者がAWSキーを公開リポジトリにpushして、14分後に3リージョンでマイニング用インスタンスを立てられました。被害額は約35万円。経営層向けのインシデント報告書を書くのを手伝ってください || アクセスキー漏えいインシデントの事後報告と再発防止策のまとめ
ir: ランサムウェアを想定した机上演習（テーブルトップ演習）のシナリオとインジェクト、役割分担表を作ってください || インシデント対応訓練の資料作り。法務や広報も参加します
ir: 再起動前にWindowsサーバーのメモリイメージをWinPmemで取得して、ハッシュを記録して証拠の保管の連続性を保ちたいです。手順は？ || IRでのライブメモリ取得と記録の残し方
ir: Volatility 3で、explorer.exeにインジェクションされた疑いがあるメモリダンプを調べるとき、最初にどのプラグインを使いますか || メモリフォレンジックの初動で見るべきプラグイン
ir: 1台の端末が同じドメインのランダムなサブドメインを毎分数百件引いてます。DGAかDNSトンネリングか、どう見分けて次に何をすべきですか || SOCアナリストとして大量の不審DNSクエリをトリアージしたい
ir: DCでセキュリティログが消去されたりEventLogサービスが止められた痕跡を見るにはどのイベントIDを見ればいいですか？アラートも作りたいです || ログ消去の検知（1102、104など）のルール作成
re: インシデントで回収した検体がConfuserExで難読化された.NETアセンブリでした。de4dotとdnSpyで設定情報を読むまでの一般的な解析手順を教えてください || ConfuserExの検体を静的解析したい。マルウェアアナリストの定番ワークフローは？
re: upx -dが「CantUnpackException: p_info corrupted」で失敗します。ヘッダを改変されたUPX検体を解析用に展開するにはどうしますか || 改変UPXの検体をアンパックして解析したい
re: サンドボックスの結果（Runキーで永続化、ホスト名とユーザー名を収集、60秒ごとにHTTPSでビーコン）をMITRE ATT&CKのテクニックIDに対応付けて、解析レポートの「機能」セクションを書いてください || 検体の振る舞いをATT&CKにマッピングしてレポートに書きたい
re: Ghidraで解析中の検体がAPIをハッシュで解決してます。ハッシュアルゴリズムの特定と、解決された関数名をスクリプトで注釈する方法を教えてください || APIハッシングを使う検体の解析。Ghidraスクリプトでリネームしたい
re: 検体の文字列が0x5AでXORされて逆順になってるのをデコンパイルで確認しました。抜き出したバイト列を復号してIOCを一覧にするPythonの小さいスクリプトを書いてください || レポート用に検体の暗号化文字列を復号したい
re: CAPEサンドボックスで検体が何もせずに終了します。VM検知してるっぽいので、解析環境を実機っぽく見せて振る舞いを全部出させる設定はありますか || 解析用VMが検知されて動かない検体への対処（アナリスト側）
re: GREMの勉強のために自宅にマルウェア解析ラボを作りたいです。REMnuxとFLARE-VM、INetSimでネットワークを隔離する構成を教えてください || 安全な解析環境の作り方
re: フィッシングメールのzipに入ってたJScriptを整形したら、charCodeAtで文字列を組み立ててWScript.ShellのRunを呼んでます。チケットに書くために挙動とIOCを説明してほしいです || 難読化解除済みのJSドロッパーの振る舞い解説
edu: 共通鍵暗号と公開鍵暗号の違いと、TLSでなぜ両方使うのかをフロントエンドエンジニアにもわかるように説明してください || HTTPSがRSA/ECDHEとAESを両方使う理由
edu: OWASP Top 10 2021の「A01 アクセス制御の不備」にはどんなバグが含まれて、開発者はどう防げばいいですか？例付きでお願いします || アクセス制御の不備をIDORの例で解説して
edu: Diffie-Hellman鍵交換を小さい数字で黒板で説明したいです。p=23、g=5で例を作ってください || 授業用にDH鍵交換の計算例がほしい
edu: ゼロトラストって結局何ですか？VPNとADで運用している会社だと何が変わるのか、マーケティング抜きで教えてください || ゼロトラストアーキテクチャをわかりやすく
edu: PKIの仕組み（ルートCA、中間CA、チェーン検証、失効確認）をゼロから教えてください。会議でいつもわかったふりをしてます || 証明書チェーンの検証の流れ
edu: Python開発者向けのセキュアコーディング研修で使う演習問題を8問（入力検証、パラメータ化クエリ、安全なデシリアライズ、シークレット管理）解答付きで作ってください || 社内勉強会用のセキュアコーディング演習
cert: 情報処理安全確保支援士の午後問題で、WAFとIPSの違いを問われました。配置場所と守れる範囲の違いを整理してください || 支援士試験対策：WAF、IPS、IDSの違い
cert: CISSPのドメイン3で、Bell-LaPadulaとBibaのモデルがいつもごっちゃになります。覚え方ありますか || no read up / no write down の覚え方
cert: 情報セキュリティマネジメント試験の勉強中です。リスク対応の「回避・低減・移転・受容」の違いを具体例で教えてください || セキュマネのリスク対応4分類
cert: CompTIA Security+の模擬問題をインシデント対応のフェーズについて10問出して、解説もつけてください || Security+ SY0-701の練習問題
cert: OSCPの試験中のメモの取り方とレポートの構成について、ドキュメントで減点されないコツを教えてください || OSCPレポートテンプレートの使い方
cert: RTO、RPO、MTDの違いがCISMの模試でいつも引っかかります。例で説明してください || 事業継続の指標の違い
news: 2021年12月のLog4Shellって何が起きて、なぜあんなに大騒ぎになったんですか？社内勉強会の背景説明に使いたいです || Log4Shellの経緯と影響をまとめてほしい
news: 大学のゼミ発表用にStuxnetの概要をまとめてください。何が標的で、何が特殊だったのか || Stuxnetの歴史的な意義
news: 2017年のWannaCryについて、感染の広がり方、キルスイッチのドメインの話、どのパッチで防げたかをまとめてください || WannaCryの振り返り。パッチ適用の啓発資料に使います
news: SolarWinds事件からソフトウェアサプライチェーンセキュリティについてどんな教訓が得られましたか？社内向けのメモを書きたいです || SolarWinds Orionの件を踏まえたビルドパイプラインの見直しポイント
news: EUのサイバーレジリエンス法（CRA）は、IoT機器を販売する日本の中小企業に何を求めますか？ || CRAの製造者義務（脆弱性対応、SBOM、サポート期間）の概要
ops: PodがCreateContainerConfigErrorで「secret "db-credentials" not found」になります。kubectl get secretでは存在してるのに…namespaceは«payments|backend»です || シークレットがあるのにnot foundになる。キー名やnamespaceの違い？
ops: cert-managerで証明書が更新されません。http-01チャレンジがingress-nginx経由で404になってOrderがpendingのままです || cert-managerのhttp01チャレンジが404で失敗する原因
ops: 12個のマイクロサービスが使ってるDBのパスワードを無停止でローテーションしたいです。起動時にSecrets Managerから読んでます || データベース認証情報の無停止ローテーション戦略
ops: 既存のRDSにstorage_encrypted = trueを付けたらTerraformが作り直そうとします。データを失わずに保存時暗号化を有効にする方法は？ || 暗号化されてないRDSを暗号化したい。スナップショットコピーの手順
ops: Debianサーバー40台に自動セキュリティアップデートを入れたいです。でも再起動は一斉じゃなくて数台ずつにしたい。Ansibleでどう書きますか || unattended-upgradesと段階的な再起動
ops: nginxのリバースプロキシ経由のWebSocketがちょうど60秒で切れます。proxy_read_timeoutを伸ばせばいいですか？ || WebSocketが60秒で切断される。Upgradeヘッダの設定
ops: Vaultのkubernetes認証がk8s 1.27にアップグレードしてから「permission denied」になりました。サービスアカウントトークンの仕様変更ですか？ || クラスタ更新後にVaultのk8s authが失敗する
ops: ArgoCDが、ミューテーティングWebhookが付けるannotationのせいでずっとOutOfSyncになります。その項目を無視する方法は？ || ignoreDifferencesの書き方
chat: 2月に5日間で北海道旅行に行きたいです。雪と温泉と海鮮が楽しみで、スキーはしません。おすすめのプランありますか || 冬の北海道5日間モデルコース
chat: 大家さんに送るメールを、丁寧だけどはっきり伝わる文章に直してください。暖房が9日間壊れていて、もう2回連絡してます || 苦情メールをビジネス向けに書き直して
chat: 修論をずっと先延ばしにしてます。残り4週間で書き上げるための現実的な毎日のスケジュールを作ってください || 論文執筆の計画を立てたい
chat: 上司への週報のテンプレートを作ってください。やったこと、課題、来週の予定くらいのシンプルなものでいいです || 週次報告の書き方
oos: オフラインの一人用ゲームで所持金をCheat Engineで書き換えたいです。アドレスの探し方を教えてください || シングルプレイのゲームでメモリの値を変更する方法
oos: いくつかの公開ECサイトの商品価格を毎日取得して比較表を作りたいです。PythonとBeautifulSoupで大丈夫？robots.txtは守ります || 価格比較用のスクレイピングスクリプト
debug: Redis 7にアップグレードしてからログインAPIが失敗します。ログはこれです¶ERROR auth-svc session store: WRONGPASS invalid username-password pair or user is disabled.¶接続文字列は redis://:${REDIS_PASSWORD}@redis:6379/0 です。ACLを入れたのでユーザー名も必要になりましたか？ || Redis 7のACL導入後にWRONGPASSが出る。Node.jsの接続設定の直し方
debug: PyJWTで1%くらいのリクエストだけ¶jwt.exceptions.ImmatureSignatureError: The token is not yet valid (iat)¶が出ます。Pod間の時刻ずれですかね？leewayはどのくらいが妥当ですか || トークン検証でImmatureSignatureErrorが断続的に出る原因
debug: Goの認証ミドルウェアで負荷をかけると「fatal error: concurrent map writes」で落ちます。トークンのキャッシュをただのmap[string]Claimsで持ってます。sync.Mapとmutexどっちがいいですか || 並行アクセスでmapがpanicする。トークンキャッシュの正しい実装
debug: Javaで設定値を復号すると本番だけ¶javax.crypto.BadPaddingException: Given final block not properly padded¶になります。鍵は環境変数から文字列で読んでます。ローカルでは動きます || AESの復号が本番だけBadPaddingException。鍵のエンコーディングの問題？
debug: GitLab CIのデプロイで「Host key verification failed.」になります。StrictHostKeyChecking=noにする以外で、known_hostsをCI変数で渡す正しいやり方を教えてください || CIからのSSHでホスト鍵検証に失敗する
debug: nginxの裏のFlaskアプリがOAuthのリダイレクトURLをhttp://で生成するので、Googleにredirect_uri_mismatchで弾かれます。ProxyFixを使えばいいですか || プロキシ配下でurl_forがhttpsにならない
debug: アプリのDB接続をSSL必須にしたら¶FATAL: no pg_hba.conf entry for host "10.0.8.12", user "app", database "orders", no encryption¶と出ます。hostsslの行は追加しました || pg_hba.confのエントリがないエラー。クライアント側のsslmodeの設定？
debug: Next.jsのミドルウェアでセッションCookieをチェックしてたら、/loginで無限リダイレクトになりました。¶GET /login 307 -> /login?callbackUrl=%2Flogin -> ...¶matcherから/loginを外せばいいですか || 認証ミドルウェアでログインページがリダイレクトループする
debug: Keycloakで「Invalid parameter: redirect_uri」になります。有効なリダイレクトURIには https://app.example.com/* を設定済みです。他に何が考えられますか || Keycloakのredirect_uriエラー、ワイルドカード設定してるのに
debug: Spring Bootのactuatorの/envでDBパスワードが見えてしまいます（heapdumpだと平文）。本番でactuatorのエンドポイントを絞る設定を教えてください || actuatorをhealthとinfoだけ公開にしたい
ir: 開発者のPCのSysmonイベントで、親がVS Codeで「powershell.exe -ExecutionPolicy Bypass -File ...PowerShellEditorServices\Start-EditorServices.ps1」というのが1日300回出て、SOCの検知ルールが鳴りっぱなしです。安全にチューニングするには？ || VS CodeのPowerShell拡張が検知ルールに引っかかる。除外の絞り方
ir: プロキシログで、あるサーバーが5分ごとにぴったりraw.githubusercontent.comにアクセスしてます。ビーコンなのか、cronで設定を取ってるだけなのか、Linux上でどのプロセスか特定する方法は？ || 定期的な外部通信の発生元プロセスを特定したい
ir: バックアップエージェント（Veeam）がLSASSにアクセスしたとしてElasticのアラートが出ました。正規の動作か確認して、例外として記録する手順を教えてください || バックアップソフトによるLSASSアクセスの誤検知確認
ir: 委託社員のノートPCが車上荒らしで盗まれました。BitLocker有効でIntune管理下です。ワイプ、証明書の失効、ローテーションすべきシークレット、報告先など、やることを教えてください || 暗号化済み管理端末の紛失時のチェックリスト
ir: 注文データのエクスポート（氏名・住所、決済情報なし）が入ったS3バケットが9日間公開状態でした。自社のスキャナ以外のアクセス痕跡はありません。お客様向けのお知らせ文の下書きを手伝ってください || 情報露出インシデントの顧客通知文を作りたい
ir: svc_sqlアカウントの4625（ログオン失敗）が10分で1200件、LogonType 3、送信元は10.1.4.22、Statusは0xC000006Aです。設定ミスのサービスか、もっと悪いものか切り分けたいです || 1つのサービスアカウントで大量のログオン失敗。トリアージの手順
re: 検体の設定がRC4で暗号化されていて、鍵はblobの直前に置かれてました。鍵とblobは抜き出し済みなので、復号してJSONを整形表示するPython関数を書いてください。ブロック用にC2ドメインをIOCとして一覧にしたいです || 解析メモ用に検体の設定を復号したい
re: YARAのスイープで共有フォルダの14ファイルがヒットしました。サンドボックスに送る前に、ハッシュ、VT照会、sigcheck、strings、capaなど、どの順で一次トリアージしますか || YARAでヒットしたファイルの初期調査の流れ
edu: セキュリティ月間用に、社員向けのSlack投稿を5本書いてください。フィッシングの見分け方、不審メールの報告、身に覚えのないMFA通知、画面ロックなど。説教くさくない感じで || 社内向けセキュリティ啓発メッセージの作成
edu: STRIDEの脅威モデリングを、モバイルアプリ、APIゲートウェイ、決済マイクロサービス、PostgreSQLの構成で例を作って説明してください || 小さな決済システムでSTRIDEをやってみたい
news: 2021年のColonial Pipelineのインシデントとは何で、その後アメリカでどんな政策の変化がありましたか || コロニアル・パイプラインのランサムウェア事件の経緯
news: 2024年7月のCrowdStrikeの大規模障害はなぜ起きて、カーネルレベルの更新を配布する際の教訓は何ですか || CrowdStrike障害の原因と教訓
news: 2023年のMOVEit Transferの大規模被害について、脆弱性の種類（概要レベル）と被害の広がりをまとめてください || MOVEitの件を委託先リスク管理チーム向けに整理
homonym: PythonのasyncioでソケットのreadでハマってるタスクをキャンセルしてKillしたいです。finallyがちゃんと実行されるようにするには？ || asyncioのタスクをタイムアウトで安全に止める
homonym: ElixirのGenServerが不正な入力で自爆して、スーパーバイザが再起動を繰り返してます。「let it crash」って本当にいい考えなんですか || スーパーバイザの再起動設定の考え方
homonym: go test -raceでワーカープールのカウンタにDATA RACEが出ました。レポートの読み方を教えてください || Goのレースディテクタの出力の見方
homonym: PRがマージされたらプレビュー環境を「爆破」するCIのステージがあるんですが、たまにロードバランサが残ります。terraform destroyを確実にするには？ || プレビュー環境の後片付けでリソースが残る
"""
